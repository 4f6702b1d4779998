// Setting a password, once for the three ways it happens: a reset link (ACC-4), the curator's
// temporary password (ACC-5) and the person's own change (ACC-7). Each checks the policy against
// the person's own data, stores the hash, ends every open session and is audited, in one
// transaction.
import "server-only";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { endOtherSessions } from "@/lib/auth/sessions";
import { UserError } from "@/lib/user-error";
import { checkPassword, PASSWORD_RULE_MESSAGES } from "@/lib/validations/password";
import { toIsoDate } from "@/lib/time/dates";
import type { Prisma } from "@/generated/prisma/client";

export type PasswordOwner = {
  id: string;
  schoolId: string;
  login: string | null;
  birthDate: Date | null;
  lastName: string;
  firstName: string;
  middleName: string | null;
};

export const passwordOwnerSelect = {
  id: true,
  schoolId: true,
  login: true,
  birthDate: true,
  lastName: true,
  firstName: true,
  middleName: true,
} as const satisfies Prisma.UserSelect;

type Options = {
  actorId: string;
  action: "user.password.reset" | "user.password.set" | "user.password.change";
  /** A temporary password set by the curator must be changed at the next sign-in. */
  mustChange: boolean;
  /** Runs first inside the transaction (e.g. consuming the reset token); may throw a UserError. */
  before?: (tx: Prisma.TransactionClient) => Promise<void>;
};

export async function setPassword(owner: PasswordOwner, password: string, { actorId, action, mustChange, before }: Options): Promise<void> {
  const failed = checkPassword(password, {
    login: owner.login,
    birthDate: owner.birthDate ? toIsoDate(owner.birthDate) : null,
    names: [owner.lastName, owner.firstName, owner.middleName],
  });
  if (failed.length) throw new UserError("Проверьте поля формы.", { password: [failed.map((r) => PASSWORD_RULE_MESSAGES[r]).join(". ")] });
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    await before?.(tx);
    // A new session version ends every open session of theirs, and their rows go too, so that
    // «Безопасность» lists none (lib/auth/sessions.ts); an own change signs in again afterwards.
    await tx.user.update({
      where: { id: owner.id },
      data: { passwordHash, mustChangePassword: mustChange, sessionVersion: { increment: 1 } },
    });
    await endOtherSessions(owner.id, null, tx);
    await writeAudit(tx, { schoolId: owner.schoolId, actorId, action, entity: "User", entityId: owner.id });
  });
}
