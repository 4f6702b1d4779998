"use server";
// The curator's people tools (ACC-1, ACC-5, ACC-9; the people part of ADM-3). Every action is
// tied to the curator's school and written to the audit log in the same transaction.
import { revalidatePath } from "next/cache";
import { defineAction, NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { inviteIdSchema, issueInvitesSchema, mergeParentsSchema, setPasswordSchema } from "@/lib/validations/accounts";
import { issueInviteCodes, STAFF_CODE_ROLES, type IssuedInvite, type StaffRole } from "@/lib/accounts/invite-codes";
import { mergeParentAccounts } from "@/lib/accounts/merge";
import { passwordOwnerSelect, setPassword } from "@/lib/accounts/set-password";
import { publicBaseUrl } from "@/lib/mail";
import { writeAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { toIsoDate } from "@/lib/time/dates";
import type { Viewer } from "@/lib/auth/viewer";

const curator = { roles: ["CURATOR"] } as const;

export type PrintableInvite = {
  id: string;
  code: string;
  role: IssuedInvite["role"];
  studentName: string;
  classLabel: string | null;
  expiresAt: string | null;
};

async function printable(viewer: Viewer, issued: IssuedInvite[]) {
  const students = await prisma.user.findMany({
    where: { id: { in: issued.map((i) => i.studentId) }, schoolId: viewer.school.id },
    select: {
      id: true,
      lastName: true,
      firstName: true,
      memberships: { where: { class: { year: { isCurrent: true } } }, select: { class: { select: { grade: true, letter: true } } } },
    },
  });
  const byId = new Map(students.map((s) => [s.id, s]));
  const invites: PrintableInvite[] = issued.map((i) => {
    const s = byId.get(i.studentId)!;
    const cls = s.memberships[0]?.class;
    return {
      id: i.id,
      code: i.code,
      role: i.role,
      studentName: `${s.lastName} ${s.firstName}`,
      classLabel: cls ? `${cls.grade}${cls.letter}` : null,
      expiresAt: i.expiresAt ? toIsoDate(i.expiresAt) : null,
    };
  });
  return { invites, school: { name: viewer.school.name, address: viewer.school.address }, registerUrl: `${publicBaseUrl()}/register` };
}

export const issueInvitesAction = defineAction(curator, issueInvitesSchema, async ({ classId, studentId, role }, { viewer }) => {
  const members = await prisma.classMembership.findMany({
    where: { classId, class: { schoolId: viewer.school.id, year: { isCurrent: true } }, ...(studentId ? { studentId } : {}) },
    select: { studentId: true },
  });
  if (members.length === 0) throw new UserError(NOT_FOUND_MESSAGE);
  const issued = await prisma.$transaction((tx) =>
    issueInviteCodes(tx, {
      schoolId: viewer.school.id,
      actorId: viewer.userId,
      requests: members.map((m) => ({ studentId: m.studentId, role })),
    }),
  );
  revalidatePath("/admin/invites");
  return printable(viewer, issued);
});

async function ownInvite(viewer: Viewer, id: string) {
  const invite = await prisma.inviteCode.findFirst({
    where: { id, schoolId: viewer.school.id },
    select: { id: true, role: true, studentId: true, usedAt: true, revokedAt: true },
  });
  if (!invite) throw new UserError(NOT_FOUND_MESSAGE);
  return invite;
}

export const revokeInviteAction = defineAction(curator, inviteIdSchema, async ({ id }, { viewer }) => {
  const invite = await ownInvite(viewer, id);
  if (invite.usedAt) throw new UserError("Код уже использован: отозвать его нельзя.");
  await prisma.$transaction(async (tx) => {
    await tx.inviteCode.updateMany({ where: { id, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    await writeAudit(tx, {
      schoolId: viewer.school.id,
      actorId: viewer.userId,
      action: "invite.revoke",
      entity: "InviteCode",
      entityId: id,
    });
  });
  revalidatePath("/admin/invites");
  return null;
});

/** A lost paper: the old code stops working and a new one for the same person is printed. */
export const reissueInviteAction = defineAction(curator, inviteIdSchema, async ({ id }, { viewer }) => {
  const invite = await ownInvite(viewer, id);
  if (invite.role !== "STUDENT" && invite.role !== "PARENT" && !STAFF_CODE_ROLES.includes(invite.role as StaffRole))
    throw new UserError(NOT_FOUND_MESSAGE);
  if (invite.usedAt) throw new UserError("Код уже использован: по нему зарегистрировались. Для второго родителя выдайте новый код.");
  const role = invite.role as IssuedInvite["role"];
  const issued = await prisma.$transaction(async (tx) => {
    await tx.inviteCode.updateMany({ where: { id, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    await writeAudit(tx, {
      schoolId: viewer.school.id,
      actorId: viewer.userId,
      action: "invite.revoke",
      entity: "InviteCode",
      entityId: id,
      after: { reissued: true },
    });
    return issueInviteCodes(tx, { schoolId: viewer.school.id, actorId: viewer.userId, requests: [{ studentId: invite.studentId, role }] });
  });
  revalidatePath("/admin/invites");
  return printable(viewer, issued);
});

export const setUserPasswordAction = defineAction(curator, setPasswordSchema(), async (input, { viewer }) => {
  const user = await prisma.user.findFirst({ where: { id: input.userId, schoolId: viewer.school.id }, select: passwordOwnerSelect });
  if (!user) throw new UserError(NOT_FOUND_MESSAGE);
  if (!user.login) throw new UserError("Этот человек ещё не зарегистрирован: выдайте ему пригласительный код.");
  // The user must change it at the next sign-in; every open session of theirs ends now.
  await setPassword(user, input.password, { actorId: viewer.userId, action: "user.password.set", mustChange: true });
  revalidatePath(`/admin/people/${user.id}`);
  return null;
});

export const mergeParentsAction = defineAction(curator, mergeParentsSchema, async ({ keepId, otherLogin }, { viewer }) => {
  const result = await mergeParentAccounts({ schoolId: viewer.school.id, actorId: viewer.userId, keepId, otherLogin });
  revalidatePath(`/admin/people/${keepId}`);
  return result;
});
