// Registration by invite code (ACC-1, ACC-2, ACC-9). A code is claimed by a conditional update
// (`usedAt IS NULL`) inside the transaction that creates the account, so of two registrations
// racing for one code exactly one wins and the loser creates nothing.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { hashSecret, normalizeInviteCode } from "@/lib/accounts/secrets";
import { hashPassword } from "@/lib/auth/password";
import { UserError } from "@/lib/user-error";
import { toIsoDate } from "@/lib/time/dates";
import { STAFF_CODE_ROLES, type StaffRole } from "@/lib/accounts/invite-codes";

export const CODE_REFUSED = "Код не подходит: он неверен, уже использован, отозван или истёк. Обратитесь к куратору журнала в школе.";

export type CodeInfo = {
  id: string;
  schoolId: string;
  /** STAFF: a code for a staff member themself (ADM-6); `student` is then that person. */
  role: "STUDENT" | "PARENT" | "STAFF";
  student: {
    id: string;
    firstName: string;
    lastName: string;
    middleName: string | null;
    birthDate: string | null;
    login: string | null;
    classLabel: string | null;
  };
};

type Tx = Prisma.TransactionClient;

/** A code that may be used now, or null (unknown, used, revoked, expired, or not a person's code). */
export async function findUsableCode(db: Tx | typeof prisma, code: string, now = new Date()): Promise<CodeInfo | null> {
  const row = await db.inviteCode.findUnique({
    where: { codeHash: hashSecret(normalizeInviteCode(code)) },
    select: { id: true, schoolId: true, role: true, studentId: true, usedAt: true, revokedAt: true, expiresAt: true },
  });
  if (!row || row.usedAt || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  const staff = STAFF_CODE_ROLES.includes(row.role as StaffRole);
  if (row.role !== "STUDENT" && row.role !== "PARENT" && !staff) return null;
  const student = await db.user.findFirst({
    where: {
      id: row.studentId,
      schoolId: row.schoolId,
      deletedAt: null,
      roles: { some: staff ? { role: { in: [...STAFF_CODE_ROLES] } } : { role: "STUDENT" } },
    },
    relationLoadStrategy: "join",
    select: {
      id: true,
      firstName: true,
      lastName: true,
      middleName: true,
      birthDate: true,
      login: true,
      memberships: { where: { class: { year: { isCurrent: true } } }, select: { class: { select: { grade: true, letter: true } } } },
    },
  });
  if (!student) return null;
  const cls = student.memberships[0]?.class;
  return {
    id: row.id,
    schoolId: row.schoolId,
    role: staff ? "STAFF" : (row.role as "STUDENT" | "PARENT"),
    student: {
      id: student.id,
      firstName: student.firstName,
      lastName: student.lastName,
      middleName: student.middleName,
      birthDate: student.birthDate ? toIsoDate(student.birthDate) : null,
      login: student.login,
      classLabel: cls ? `${cls.grade}${cls.letter}` : null,
    },
  };
}

/** Marks a code used by `userId`; throws the refusal when another registration was first. */
export async function claimCode(tx: Tx, codeId: string, userId: string, now = new Date()): Promise<void> {
  const { count } = await tx.inviteCode.updateMany({
    where: { id: codeId, usedAt: null, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    data: { usedAt: now, usedById: userId },
  });
  if (count !== 1) throw new UserError(CODE_REFUSED, { "codes.0.code": [CODE_REFUSED] });
}

export type Registration = {
  codes: string[];
  login: string;
  password: string;
  email?: string;
  lastName?: string;
  firstName?: string;
  middleName?: string;
};

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/**
 * Creates (parent) or completes (student) the account. The password policy is checked by the
 * caller; here: codes, roles, login uniqueness, all in one transaction.
 */
export async function registerWithCodes(input: Registration): Promise<{ userId: string; role: "STUDENT" | "PARENT" | "STAFF" }> {
  const login = input.login.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const unique = [...new Set(input.codes.map(normalizeInviteCode))];
  try {
    return await prisma.$transaction(async (tx) => {
      const now = new Date();
      const infos: CodeInfo[] = [];
      for (const [i, code] of unique.entries()) {
        const info = await findUsableCode(tx, code, now);
        if (!info) throw new UserError(CODE_REFUSED, { [`codes.${i}.code`]: [CODE_REFUSED] });
        infos.push(info);
      }
      const first = infos[0];
      if (infos.some((c) => c.schoolId !== first.schoolId)) throw new UserError("Все коды должны быть одной школы.");
      if (first.role === "STUDENT" || first.role === "STAFF") {
        // A student's or a staff member's code completes the row the school made for them.
        if (infos.length > 1) throw new UserError("Несколько кодов можно ввести только при регистрации родителя.");
        if (first.student.login) throw new UserError(CODE_REFUSED);
        await claimCode(tx, first.id, first.student.id, now);
        const { count } = await tx.user.updateMany({
          where: { id: first.student.id, login: null },
          data: { login, passwordHash, email: input.email || null, registeredAt: now, mustChangePassword: false },
        });
        if (count !== 1) throw new UserError(CODE_REFUSED);
        await writeAudit(tx, {
          schoolId: first.schoolId,
          actorId: first.student.id,
          action: "user.register",
          entity: "User",
          entityId: first.student.id,
          after: { login, role: first.role, codeId: first.id },
        });
        return { userId: first.student.id, role: first.role };
      }
      if (infos.some((c) => c.role !== "PARENT")) throw new UserError("Код ученика нельзя добавить к регистрации родителя.");
      // An imported parent of this child who has not registered yet is completed, not duplicated.
      const imported = await tx.user.findFirst({
        where: {
          schoolId: first.schoolId,
          login: null,
          lastName: { equals: input.lastName ?? "", mode: "insensitive" },
          firstName: { equals: input.firstName ?? "", mode: "insensitive" },
          roles: { some: { role: "PARENT" } },
          children: { some: { childId: first.student.id } },
        },
        select: { id: true },
      });
      if (imported) {
        const { count } = await tx.user.updateMany({
          where: { id: imported.id, login: null },
          data: { login, passwordHash, email: input.email || null, middleName: input.middleName || undefined, registeredAt: now },
        });
        if (count !== 1) throw new UserError(CODE_REFUSED);
      }
      const parent =
        imported ??
        (await tx.user.create({
          data: {
            schoolId: first.schoolId,
            login,
            passwordHash,
            email: input.email || null,
            lastName: input.lastName ?? "",
            firstName: input.firstName ?? "",
            middleName: input.middleName || null,
            registeredAt: now,
            roles: { create: { role: "PARENT" } },
          },
          select: { id: true },
        }));
      for (const info of infos) {
        await claimCode(tx, info.id, parent.id, now);
        await tx.parentLink.upsert({
          where: { parentId_childId: { parentId: parent.id, childId: info.student.id } },
          create: { schoolId: first.schoolId, parentId: parent.id, childId: info.student.id },
          update: {},
        });
      }
      await writeAudit(tx, {
        schoolId: first.schoolId,
        actorId: parent.id,
        action: "user.register",
        entity: "User",
        entityId: parent.id,
        after: { login, role: "PARENT", codeIds: infos.map((c) => c.id) },
      });
      return { userId: parent.id, role: "PARENT" as const };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new UserError("Этот логин уже занят, выберите другой.", { login: ["Этот логин уже занят, выберите другой."] });
    throw error;
  }
}

/** A signed-in parent adds another child by a parent code (ACC-9). */
export async function addChildByCode(opts: { parentId: string; schoolId: string; code: string }): Promise<{ childName: string }> {
  return prisma.$transaction(async (tx) => {
    const info = await findUsableCode(tx, opts.code);
    if (!info || info.role !== "PARENT" || info.schoolId !== opts.schoolId) throw new UserError(CODE_REFUSED, { code: [CODE_REFUSED] });
    await claimCode(tx, info.id, opts.parentId);
    await tx.parentLink.upsert({
      where: { parentId_childId: { parentId: opts.parentId, childId: info.student.id } },
      create: { schoolId: opts.schoolId, parentId: opts.parentId, childId: info.student.id },
      update: {},
    });
    await writeAudit(tx, {
      schoolId: opts.schoolId,
      actorId: opts.parentId,
      action: "parent.child.add",
      entity: "ParentLink",
      entityId: info.student.id,
      after: { codeId: info.id },
    });
    return { childName: `${info.student.lastName} ${info.student.firstName}` };
  });
}
