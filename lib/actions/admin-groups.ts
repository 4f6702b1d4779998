"use server";
// GRD-3: the curator's afternoon groups (clubs, consultations, extended day). A group is a
// StudyGroup with one EXTRA teaching assignment (its journal, /journal/[assignmentId]) and weekly
// timetable slots, as the seed builds «Робототехника» (prisma/seed/extras.ts); the assignment's
// subject is the group's own, so that «Отметки (ДО)» and the journal name it. Every id from the
// client is tied to the curator's school; every write is audited in its transaction.
import { revalidatePath } from "next/cache";
import { defineAction, NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { countRu } from "@/lib/time/plural";
import {
  AFTERNOON_KINDS,
  editGroupSchema,
  enrolSchema,
  groupSchema,
  removeGroupSchema,
  unenrolSchema,
} from "@/lib/validations/admin-groups";

const CURATOR = { roles: ["CURATOR"] } as const;
const TEACHING_ROLES = ["TEACHER", "HEAD_TEACHER", "DIRECTOR"] as const;

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

async function currentYearId(tx: Tx, schoolId: string) {
  const year = await tx.studyYear.findFirst({ where: { schoolId, isCurrent: true }, select: { id: true } });
  if (!year) throw new UserError("Нет текущего учебного года: задайте его в разделе «Школа и учебный год».");
  return year.id;
}

async function teacherOf(tx: Tx, schoolId: string, teacherId: string) {
  const t = await tx.user.findFirst({
    where: { id: teacherId, schoolId, roles: { some: { role: { in: [...TEACHING_ROLES] } } } },
    select: { id: true },
  });
  if (!t) throw new UserError("Выберите учителя этой школы.", { teacherId: ["Выберите учителя."] });
  return t.id;
}

/** The afternoon group of the curator's school with its journal, or a refusal as «not found». */
async function groupOf(tx: Tx, schoolId: string, groupId: string) {
  const g = await tx.studyGroup.findFirst({
    where: { id: groupId, schoolId, classId: null, kind: { in: [...AFTERNOON_KINDS] } },
    select: { id: true, name: true, kind: true, assignments: { select: { id: true, teacherId: true, subjectId: true, yearId: true } } },
  });
  if (!g) throw new UserError(NOT_FOUND_MESSAGE);
  return g;
}

/** The subject the group's journal is kept in: one of the school's, named as the group. */
async function subjectFor(tx: Tx, schoolId: string, name: string) {
  const s = await tx.subject.findFirst({ where: { schoolId, name: { equals: name, mode: "insensitive" } }, select: { id: true } });
  return s ?? (await tx.subject.create({ data: { schoolId, name }, select: { id: true } }));
}

async function nameTaken(tx: Tx, schoolId: string, name: string, except?: string) {
  const other = await tx.studyGroup.findFirst({
    where: { schoolId, classId: null, name: { equals: name, mode: "insensitive" }, ...(except ? { id: { not: except } } : {}) },
    select: { id: true },
  });
  if (other) throw new UserError("Группа с таким названием уже есть.", { name: ["Такое название уже есть."] });
}

export const createGroupAction = defineAction(CURATOR, groupSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  const id = await prisma.$transaction(async (tx) => {
    const yearId = await currentYearId(tx, schoolId);
    const teacherId = await teacherOf(tx, schoolId, input.teacherId);
    await nameTaken(tx, schoolId, input.name);
    const subject = await subjectFor(tx, schoolId, input.name);
    const group = await tx.studyGroup.create({
      data: { schoolId, classId: null, kind: input.kind, name: input.name },
      select: { id: true },
    });
    const a = await tx.teachingAssignment.create({
      data: { schoolId, yearId, teacherId, subjectId: subject.id, classId: null, groupId: group.id, journal: "EXTRA" },
      select: { id: true },
    });
    await tx.timetableSlot.createMany({
      data: input.weekdays.map((weekday) => ({ schoolId, assignmentId: a.id, weekday, lessonNumber: input.lessonNumber })),
    });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "group.create",
      entity: "StudyGroup",
      entityId: group.id,
      after: { ...input, assignmentId: a.id },
    });
    return group.id;
  });
  revalidatePath("/admin/groups");
  return { id };
});

export const updateGroupAction = defineAction(CURATOR, editGroupSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  const id = await prisma.$transaction(async (tx) => {
    const g = await groupOf(tx, schoolId, input.groupId);
    const teacherId = await teacherOf(tx, schoolId, input.teacherId);
    await nameTaken(tx, schoolId, input.name, g.id);
    await tx.studyGroup.update({ where: { id: g.id }, data: { name: input.name, kind: input.kind } });
    const before: Record<string, unknown> = { name: g.name, kind: g.kind };
    for (const a of g.assignments) {
      before.teacherId = a.teacherId;
      await tx.teachingAssignment.update({ where: { id: a.id }, data: { teacherId } });
      const slots = await tx.timetableSlot.findMany({ where: { assignmentId: a.id }, select: { weekday: true, lessonNumber: true } });
      before.slots = slots;
      await tx.timetableSlot.deleteMany({ where: { assignmentId: a.id } });
      await tx.timetableSlot.createMany({
        data: input.weekdays.map((weekday) => ({ schoolId, assignmentId: a.id, weekday, lessonNumber: input.lessonNumber })),
      });
    }
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "group.update",
      entity: "StudyGroup",
      entityId: g.id,
      before: before as never,
      after: input,
    });
    return g.id;
  });
  revalidatePath("/admin/groups");
  return { id };
});

export const removeGroupAction = defineAction(CURATOR, removeGroupSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const g = await groupOf(tx, schoolId, input.groupId);
    const ids = g.assignments.map((a) => a.id);
    const [lessons, marks] = await Promise.all([
      tx.lesson.count({ where: { assignmentId: { in: ids } } }),
      tx.mark.count({ where: { lesson: { assignmentId: { in: ids } } } }),
    ]);
    if (lessons > 0 || marks > 0)
      throw new UserError(
        `Группу «${g.name}» нельзя удалить: в её журнале ${countRu(lessons, ["занятие", "занятия", "занятий"])} и ${countRu(marks, ["отметка", "отметки", "отметок"])}.`,
      );
    const members = await tx.groupMembership.findMany({ where: { groupId: g.id }, select: { studentId: true } });
    await tx.studyGroup.delete({ where: { id: g.id } }); // its assignment, slots and memberships cascade
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "group.remove",
      entity: "StudyGroup",
      entityId: g.id,
      before: { name: g.name, kind: g.kind, assignments: g.assignments, members: members.map((m) => m.studentId) },
    });
  });
  revalidatePath("/admin/groups");
});

export const enrolAction = defineAction(CURATOR, enrolSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  const added = await prisma.$transaction(async (tx) => {
    const g = await groupOf(tx, schoolId, input.groupId);
    const ids = [...new Set(input.studentIds)];
    // Only students of this school's current classes: an id from elsewhere is "not found".
    const found = await tx.user.findMany({
      where: { id: { in: ids }, schoolId, memberships: { some: { class: { schoolId, year: { isCurrent: true } } } } },
      select: { id: true },
    });
    if (found.length !== ids.length) throw new UserError(NOT_FOUND_MESSAGE);
    const res = await tx.groupMembership.createMany({ data: ids.map((studentId) => ({ groupId: g.id, studentId })), skipDuplicates: true });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "group.enrol",
      entity: "StudyGroup",
      entityId: g.id,
      after: { studentIds: ids },
    });
    return res.count;
  });
  revalidatePath("/admin/groups");
  return { added };
});

export const unenrolAction = defineAction(CURATOR, unenrolSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const g = await groupOf(tx, schoolId, input.groupId);
    const res = await tx.groupMembership.deleteMany({ where: { groupId: g.id, studentId: input.studentId } });
    if (res.count === 0) throw new UserError(NOT_FOUND_MESSAGE);
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "group.unenrol",
      entity: "StudyGroup",
      entityId: g.id,
      before: { studentId: input.studentId },
    });
  });
  revalidatePath("/admin/groups");
});
