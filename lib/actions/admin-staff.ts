"use server";
// ADM-6: staff accounts — created by hand, invited by code (ACC-1 for staff), linked to their own
// child in the school (one account, journal and diary), and removed. Every id from the client is
// tied to the curator's school before use; every write is audited in its transaction.
import { revalidatePath } from "next/cache";
import { defineAction, NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { publicBaseUrl } from "@/lib/mail";
import { fullName } from "@/lib/names";
import { toIsoDate } from "@/lib/time/dates";
import { issueInviteCodes, STAFF_CODE_ROLES } from "@/lib/accounts/invite-codes";
import type { PrintableInvite } from "@/lib/actions/accounts-admin";
import {
  createStaffSchema,
  linkChildSchema,
  removePersonSchema,
  staffInvitesSchema,
  unlinkChildSchema,
} from "@/lib/validations/admin-staff";
import { removePerson } from "@/lib/accounts/remove";

const CURATOR = { roles: ["CURATOR"] } as const;
const STAFF = [...STAFF_CODE_ROLES];

export const createStaffAction = defineAction(CURATOR, createStaffSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  const roles = [
    ...input.roles.map((role) => ({ role, specialistKind: null })),
    ...(input.specialistKind ? [{ role: "SPECIALIST" as const, specialistKind: input.specialistKind }] : []),
  ];
  const user = await prisma.$transaction(async (tx) => {
    const u = await tx.user.create({
      data: {
        schoolId,
        lastName: input.lastName,
        firstName: input.firstName,
        middleName: input.middleName,
        email: input.email,
        roles: { create: roles },
      },
      select: { id: true },
    });
    await writeAudit(tx, { schoolId, actorId: viewer.userId, action: "staff.create", entity: "User", entityId: u.id, after: input });
    return u;
  });
  revalidatePath("/admin", "layout");
  return { id: user.id };
});

/** Codes for unregistered staff of the curator's school, for the same printable sheet as families'. */
export const issueStaffInvitesAction = defineAction(CURATOR, staffInvitesSchema, async ({ userIds }, { viewer }) => {
  const schoolId = viewer.school.id;
  const people = await prisma.user.findMany({
    where: { id: { in: userIds }, schoolId, deletedAt: null, roles: { some: { role: { in: STAFF } } } },
    select: { id: true, login: true, lastName: true, firstName: true, middleName: true, roles: { select: { role: true } } },
  });
  if (people.length !== new Set(userIds).size) throw new UserError(NOT_FOUND_MESSAGE);
  const registered = people.filter((p) => p.login);
  if (registered.length) throw new UserError(`Уже зарегистрированы: ${registered.map(fullName).join(", ")}. Код им не нужен.`);
  const issued = await prisma.$transaction((tx) =>
    issueInviteCodes(tx, {
      schoolId,
      actorId: viewer.userId,
      requests: people.map((p) => ({ studentId: p.id, role: STAFF.find((r) => p.roles.some((x) => x.role === r))! })),
    }),
  );
  const byId = new Map(people.map((p) => [p.id, p]));
  const invites: PrintableInvite[] = issued.map((i) => ({
    id: i.id,
    code: i.code,
    role: i.role,
    studentName: fullName(byId.get(i.studentId)!),
    classLabel: null,
    expiresAt: i.expiresAt ? toIsoDate(i.expiresAt) : null,
  }));
  revalidatePath("/admin/invites");
  return { invites, school: { name: viewer.school.name, address: viewer.school.address }, registerUrl: `${publicBaseUrl()}/register` };
});

/** A staff member's (or a parent's) own child: one account holds the journal and the diary. */
export const linkChildAction = defineAction(CURATOR, linkChildSchema, async ({ personId, studentId }, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const [person, student] = await Promise.all([
      tx.user.findFirst({ where: { id: personId, schoolId, deletedAt: null }, select: { id: true, roles: { select: { role: true } } } }),
      tx.user.findFirst({
        where: { id: studentId, schoolId, deletedAt: null, roles: { some: { role: "STUDENT" } } },
        select: { id: true },
      }),
    ]);
    if (!person) throw new UserError(NOT_FOUND_MESSAGE);
    if (!student) throw new UserError("Выберите ученика этой школы.", { studentId: ["Выберите ученика этой школы."] });
    if (person.roles.some((r) => r.role === "STUDENT")) throw new UserError("Ученику нельзя привязать ребёнка.");
    if (person.id === student.id) throw new UserError(NOT_FOUND_MESSAGE);
    if (
      await tx.parentLink.findUnique({
        where: { parentId_childId: { parentId: person.id, childId: student.id } },
        select: { childId: true },
      })
    )
      throw new UserError("Этот ребёнок уже привязан.", { studentId: ["Этот ребёнок уже привязан."] });
    await tx.parentLink.create({ data: { schoolId, parentId: person.id, childId: student.id } });
    if (!person.roles.some((r) => r.role === "PARENT")) await tx.userRole.create({ data: { userId: person.id, role: "PARENT" } });
    // The session's roles change: the person signs in again to see the diary.
    await tx.user.update({ where: { id: person.id }, data: { sessionVersion: { increment: 1 } } });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "parent.child.link",
      entity: "ParentLink",
      entityId: person.id,
      after: { personId, studentId },
    });
  });
  revalidatePath(`/admin/people/${personId}`);
});

export const unlinkChildAction = defineAction(CURATOR, unlinkChildSchema, async ({ personId, studentId }, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const link = await tx.parentLink.findFirst({ where: { schoolId, parentId: personId, childId: studentId }, select: { parentId: true } });
    if (!link) throw new UserError(NOT_FOUND_MESSAGE);
    await tx.parentLink.delete({ where: { parentId_childId: { parentId: personId, childId: studentId } } });
    if ((await tx.parentLink.count({ where: { parentId: personId } })) === 0)
      await tx.userRole.deleteMany({ where: { userId: personId, role: "PARENT" } });
    await tx.user.update({ where: { id: personId }, data: { sessionVersion: { increment: 1 } } });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "parent.child.unlink",
      entity: "ParentLink",
      entityId: personId,
      after: { personId, studentId },
    });
  });
  revalidatePath(`/admin/people/${personId}`);
});

export const removePersonAction = defineAction(CURATOR, removePersonSchema, async ({ userId }, { viewer }) => {
  const result = await removePerson({ schoolId: viewer.school.id, actorId: viewer.userId, userId });
  revalidatePath("/admin", "layout");
  return result;
});
