"use server";
// ADM-2: classes, subjects, staff roles, teaching assignments and the timetable. Every id from
// the client is tied to the curator's school before use; every write is audited in its transaction.
import { revalidatePath } from "next/cache";
import { STAFF_ROLES, type Role } from "@/lib/access/roles";
import { defineAction, NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { shortName } from "@/lib/names";
import {
  assignmentSchema,
  classSchema,
  deleteSlotSchema,
  slotSchema,
  staffRolesSchema,
  subjectSchema,
  WEEKDAYS_ON,
} from "@/lib/validations/admin-classes";

const CURATOR = { roles: ["CURATOR"] } as const;

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

async function currentYearId(tx: Tx, schoolId: string) {
  const year = await tx.studyYear.findFirst({ where: { schoolId, isCurrent: true }, select: { id: true } });
  if (!year) throw new UserError("Нет текущего учебного года: задайте его в разделе «Школа и учебный год».");
  return year.id;
}

async function staffOf(tx: Tx, schoolId: string, userId: string) {
  const u = await tx.user.findFirst({
    where: { id: userId, schoolId, roles: { some: { role: { in: STAFF_ROLES as Role[] } } } },
    select: { id: true },
  });
  if (!u) throw new UserError(NOT_FOUND_MESSAGE);
  return u.id;
}

export const createClassAction = defineAction(CURATOR, classSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  const id = await prisma.$transaction(async (tx) => {
    const yearId = await currentYearId(tx, schoolId);
    if (input.classTeacherId) await staffOf(tx, schoolId, input.classTeacherId);
    if (await tx.schoolClass.findFirst({ where: { yearId, grade: input.grade, letter: input.letter }, select: { id: true } }))
      throw new UserError(`Класс ${input.grade}${input.letter} уже есть в этом году.`, { letter: ["Такой класс уже есть."] });
    const c = await tx.schoolClass.create({ data: { schoolId, yearId, ...input }, select: { id: true } });
    await writeAudit(tx, { schoolId, actorId: viewer.userId, action: "class.create", entity: "SchoolClass", entityId: c.id, after: input });
    return c.id;
  });
  revalidatePath("/admin", "layout");
  return { id };
});

export const createSubjectAction = defineAction(CURATOR, subjectSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    if (await tx.subject.findFirst({ where: { schoolId, name: { equals: input.name, mode: "insensitive" } }, select: { id: true } }))
      throw new UserError("Такой предмет уже есть.", { name: ["Такой предмет уже есть."] });
    const s = await tx.subject.create({ data: { schoolId, ...input }, select: { id: true } });
    await writeAudit(tx, { schoolId, actorId: viewer.userId, action: "subject.create", entity: "Subject", entityId: s.id, after: input });
  });
  revalidatePath("/admin", "layout");
});

export const setStaffRolesAction = defineAction(CURATOR, staffRolesSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  if (input.userId === viewer.userId && !input.roles.includes("CURATOR"))
    throw new UserError("Нельзя снять роль куратора с самого себя.", { roles: ["Нельзя снять роль куратора с самого себя."] });
  await prisma.$transaction(async (tx) => {
    const userId = await staffOf(tx, schoolId, input.userId);
    const before = await tx.userRole.findMany({
      where: { userId, role: { in: STAFF_ROLES as Role[] } },
      select: { role: true, specialistKind: true },
    });
    await tx.userRole.deleteMany({ where: { userId, role: { in: STAFF_ROLES as Role[] } } });
    await tx.userRole.createMany({
      data: input.roles.map((role) => ({ userId, role, specialistKind: role === "SPECIALIST" ? input.specialistKind : null })),
    });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "staff.roles.set",
      entity: "User",
      entityId: userId,
      before,
      after: input,
    });
  });
  revalidatePath("/admin", "layout");
});

export const createAssignmentAction = defineAction(CURATOR, assignmentSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const [cls, subject] = await Promise.all([
      tx.schoolClass.findFirst({ where: { id: input.classId, schoolId }, select: { id: true, yearId: true } }),
      tx.subject.findFirst({ where: { id: input.subjectId, schoolId }, select: { id: true } }),
    ]);
    if (!cls || !subject) throw new UserError(NOT_FOUND_MESSAGE);
    const teacher = await tx.user.findFirst({
      where: { id: input.teacherId, schoolId, roles: { some: { role: { in: ["TEACHER", "HEAD_TEACHER", "DIRECTOR"] } } } },
      select: { id: true },
    });
    if (!teacher) throw new UserError("Выберите учителя этой школы.", { teacherId: ["Выберите учителя."] });
    let groupId: string | null = null;
    if (input.groupName) {
      const group =
        (await tx.studyGroup.findFirst({
          where: { schoolId, classId: cls.id, kind: "CLASS_PART", name: input.groupName },
          select: { id: true },
        })) ??
        (await tx.studyGroup.create({
          data: { schoolId, classId: cls.id, kind: "CLASS_PART", name: input.groupName },
          select: { id: true },
        }));
      groupId = group.id;
    }
    const same = await tx.teachingAssignment.findFirst({
      where: { schoolId, yearId: cls.yearId, classId: cls.id, subjectId: subject.id, teacherId: teacher.id, groupId },
      select: { id: true },
    });
    if (same) throw new UserError("Такая нагрузка уже назначена.");
    const a = await tx.teachingAssignment.create({
      data: { schoolId, yearId: cls.yearId, classId: cls.id, subjectId: subject.id, teacherId: teacher.id, groupId },
      select: { id: true },
    });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "assignment.create",
      entity: "TeachingAssignment",
      entityId: a.id,
      after: input,
    });
  });
  revalidatePath("/admin", "layout");
});

const slotSelect = {
  id: true,
  room: true,
  assignment: {
    select: {
      teacherId: true,
      groupId: true,
      classId: true,
      teacher: { select: { lastName: true, firstName: true, middleName: true } },
      subject: { select: { name: true } },
      class: { select: { grade: true, letter: true } },
      group: { select: { name: true } },
    },
  },
} as const;

/** Refuses a slot that puts a teacher, a room or a class in two places at once, naming the clash. */
export const createSlotAction = defineAction(CURATOR, slotSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    // One timetable edit at a time per school, so that two curators cannot both take a room.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`timetable:${schoolId}`}))`;
    const a = await tx.teachingAssignment.findFirst({
      where: { id: input.assignmentId, schoolId },
      select: { id: true, yearId: true, teacherId: true, classId: true, groupId: true },
    });
    if (!a) throw new UserError(NOT_FOUND_MESSAGE);
    const when = `${WEEKDAYS_ON[input.weekday - 1]}, ${input.lessonNumber}-й урок`;
    const busy = await tx.timetableSlot.findMany({
      where: { schoolId, weekday: input.weekday, lessonNumber: input.lessonNumber, assignment: { yearId: a.yearId } },
      relationLoadStrategy: "join",
      select: slotSelect,
    });
    for (const s of busy) {
      const o = s.assignment;
      const where = o.class ? `${o.class.grade}${o.class.letter}${o.group ? ` (${o.group.name})` : ""}` : (o.group?.name ?? "группе");
      if (o.teacherId === a.teacherId) throw new UserError(`Учитель ${shortName(o.teacher)} уже ведёт урок в ${where} ${when}.`);
      if (input.room && s.room && s.room.toLowerCase() === input.room.toLowerCase())
        throw new UserError(`Кабинет ${s.room} уже занят ${when}: ${where}, ${o.subject.name.toLowerCase()}.`, {
          room: ["Кабинет занят."],
        });
      const splitParts = a.groupId && o.groupId && a.groupId !== o.groupId;
      if (a.classId && o.classId === a.classId && !splitParts)
        throw new UserError(`У ${where} уже есть урок ${when}: ${o.subject.name.toLowerCase()}.`);
    }
    const slot = await tx.timetableSlot.create({
      data: { schoolId, assignmentId: a.id, weekday: input.weekday, lessonNumber: input.lessonNumber, room: input.room },
      select: { id: true },
    });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "timetable.slot.create",
      entity: "TimetableSlot",
      entityId: slot.id,
      after: input,
    });
  });
  revalidatePath("/admin/timetable");
});

export const deleteSlotAction = defineAction(CURATOR, deleteSlotSchema, async ({ slotId }, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const slot = await tx.timetableSlot.findFirst({
      where: { id: slotId, schoolId },
      select: { id: true, assignmentId: true, weekday: true, lessonNumber: true, room: true },
    });
    if (!slot) throw new UserError(NOT_FOUND_MESSAGE);
    await tx.timetableSlot.delete({ where: { id: slot.id } });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "timetable.slot.delete",
      entity: "TimetableSlot",
      entityId: slot.id,
      before: slot,
    });
  });
  revalidatePath("/admin/timetable");
});
