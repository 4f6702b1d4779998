// Issuing invite codes (ACC-1): one per person and role, for a student or a parent of a given
// student. The plain code exists only in the return value (for printing); the database keeps a
// hash. Used by the curator's invite tools and by the import (ADM-3).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit";
import { generateInviteCode, hashSecret, normalizeInviteCode } from "@/lib/accounts/secrets";

export type InviteRequest = { studentId: string; role: "STUDENT" | "PARENT" | StaffRole };
export type StaffRole = "TEACHER" | "HEAD_TEACHER" | "DIRECTOR" | "SPECIALIST" | "CURATOR";
/** The role a staff code names (the person keeps all their roles): the first of these they hold. */
export const STAFF_CODE_ROLES: readonly StaffRole[] = ["TEACHER", "HEAD_TEACHER", "DIRECTOR", "SPECIALIST", "CURATOR"];
export type IssuedInvite = InviteRequest & { id: string; code: string; expiresAt: Date | null };

/** Default life of a code: long enough for a printed invitation to reach home and be used. */
export const INVITE_VALID_DAYS = 90;

/**
 * Issues codes inside the caller's transaction. The students must belong to `schoolId`
 * (checked here, so that no caller can issue a code for another school's child).
 */
export async function issueInviteCodes(
  tx: Prisma.TransactionClient,
  opts: { schoolId: string; actorId: string; requests: InviteRequest[]; validDays?: number },
): Promise<IssuedInvite[]> {
  const family = opts.requests.filter((r) => r.role === "STUDENT" || r.role === "PARENT");
  const ids = [...new Set(family.map((r) => r.studentId))];
  const found = await tx.user.count({
    where: { id: { in: ids }, schoolId: opts.schoolId, roles: { some: { role: "STUDENT" } } },
  });
  if (found !== ids.length) throw new Error("issueInviteCodes: a student is not of this school");
  // ACC-1 for staff (ADM-6): a staff code is for the unregistered staff member themself.
  const staffIds = [...new Set(opts.requests.filter((r) => !family.includes(r)).map((r) => r.studentId))];
  const staff = await tx.user.count({
    where: {
      id: { in: staffIds },
      schoolId: opts.schoolId,
      deletedAt: null,
      login: null,
      roles: { some: { role: { in: [...STAFF_CODE_ROLES] } } },
    },
  });
  if (staff !== staffIds.length) throw new Error("issueInviteCodes: a staff member is not of this school or already registered");

  const days = opts.validDays ?? INVITE_VALID_DAYS;
  const expiresAt = days > 0 ? new Date(Date.now() + days * 86_400_000) : null;
  const issued: IssuedInvite[] = [];
  for (const request of opts.requests) {
    const code = generateInviteCode();
    const row = await tx.inviteCode.create({
      data: {
        schoolId: opts.schoolId,
        codeHash: hashSecret(normalizeInviteCode(code)),
        role: request.role,
        studentId: request.studentId,
        createdById: opts.actorId,
        expiresAt,
      },
      select: { id: true },
    });
    issued.push({ ...request, id: row.id, code, expiresAt });
  }
  await writeAudit(tx, {
    schoolId: opts.schoolId,
    actorId: opts.actorId,
    action: "invite.issue",
    entity: "InviteCode",
    after: { count: issued.length, codes: issued.map((i) => ({ id: i.id, role: i.role, studentId: i.studentId })) },
  });
  return issued;
}
