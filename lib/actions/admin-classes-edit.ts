"use server";
// ADM-2 editing and removal: classes, subjects and teaching assignments. Each record is loaded
// through the curator's school; a removal that would orphan data is refused, naming what depends
// on it; every change is audited in its transaction.
import { revalidatePath } from "next/cache";
import { STAFF_ROLES, type Role } from "@/lib/access/roles";
import { defineAction, NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { refusal } from "@/lib/actions/admin-rules";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { pluralRu } from "@/lib/time/plural";
import { removeSchema } from "@/lib/validations/admin-school";
import { assignmentEditSchema, classEditSchema, subjectEditSchema } from "@/lib/validations/admin-classes";

const CURATOR = { roles: ["CURATOR"] } as const;
const done = () => revalidatePath("/", "layout"); // names show in the journal and the diary too
const ASSIGNMENTS = ["назначение нагрузки", "назначения нагрузки", "назначений нагрузки"] as const;

export const updateClassAction = defineAction(CURATOR, classEditSchema, async ({ id, ...input }, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const cls = await tx.schoolClass.findFirst({
      where: { id, schoolId },
      select: { id: true, yearId: true, grade: true, letter: true, classTeacherId: true },
    });
    if (!cls) throw new UserError(NOT_FOUND_MESSAGE);
    if (
      input.classTeacherId &&
      !(await tx.user.findFirst({
        where: { id: input.classTeacherId, schoolId, roles: { some: { role: { in: STAFF_ROLES as Role[] } } } },
        select: { id: true },
      }))
    )
      throw new UserError(NOT_FOUND_MESSAGE);
    if (
      await tx.schoolClass.findFirst({
        where: { yearId: cls.yearId, grade: input.grade, letter: input.letter, id: { not: cls.id } },
        select: { id: true },
      })
    )
      throw new UserError(`Класс ${input.grade}${input.letter} уже есть в этом году.`, { letter: ["Такой класс уже есть."] });
    await tx.schoolClass.update({ where: { id: cls.id }, data: input });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "class.update",
      entity: "SchoolClass",
      entityId: cls.id,
      before: { grade: cls.grade, letter: cls.letter, classTeacherId: cls.classTeacherId },
      after: input,
    });
  });
  done();
});

export const removeClassAction = defineAction(CURATOR, removeSchema, async ({ id }, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const cls = await tx.schoolClass.findFirst({
      where: { id, schoolId },
      select: { id: true, grade: true, letter: true, _count: { select: { memberships: true, assignments: true, groups: true } } },
    });
    if (!cls) throw new UserError(NOT_FOUND_MESSAGE);
    refusal(`в классе ${cls.grade}${cls.letter}`, [
      [cls._count.memberships, ["ученик", "ученика", "учеников"]],
      [cls._count.assignments, ASSIGNMENTS],
      [cls._count.groups, ["группа", "группы", "групп"]],
    ]);
    await tx.schoolClass.delete({ where: { id: cls.id } });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "class.delete",
      entity: "SchoolClass",
      entityId: cls.id,
      before: { grade: cls.grade, letter: cls.letter },
    });
  });
  revalidatePath("/admin", "layout");
});

export const updateSubjectAction = defineAction(CURATOR, subjectEditSchema, async ({ id, ...input }, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const subject = await tx.subject.findFirst({ where: { id, schoolId }, select: { id: true, name: true, shortName: true } });
    if (!subject) throw new UserError(NOT_FOUND_MESSAGE);
    if (
      await tx.subject.findFirst({
        where: { schoolId, name: { equals: input.name, mode: "insensitive" }, id: { not: subject.id } },
        select: { id: true },
      })
    )
      throw new UserError("Такой предмет уже есть.", { name: ["Такой предмет уже есть."] });
    await tx.subject.update({ where: { id: subject.id }, data: input });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "subject.update",
      entity: "Subject",
      entityId: subject.id,
      before: { name: subject.name, shortName: subject.shortName },
      after: input,
    });
  });
  done();
});

export const removeSubjectAction = defineAction(CURATOR, removeSchema, async ({ id }, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const subject = await tx.subject.findFirst({
      where: { id, schoolId },
      select: { id: true, name: true, _count: { select: { assignments: true } } },
    });
    if (!subject) throw new UserError(NOT_FOUND_MESSAGE);
    const finals = await tx.finalMark.count({ where: { schoolId, subjectId: subject.id } });
    refusal(`по предмету «${subject.name}»`, [
      [subject._count.assignments, ASSIGNMENTS],
      [finals, ["итоговая отметка", "итоговые отметки", "итоговых отметок"]],
    ]);
    await tx.subject.delete({ where: { id: subject.id } });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "subject.delete",
      entity: "Subject",
      entityId: subject.id,
      before: { name: subject.name },
    });
  });
  revalidatePath("/admin", "layout");
});

/** A new teacher takes the load over; the subject changes only while no lesson was given. */
export const updateAssignmentAction = defineAction(CURATOR, assignmentEditSchema, async (input, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const a = await tx.teachingAssignment.findFirst({
      where: { id: input.id, schoolId },
      select: { id: true, subjectId: true, teacherId: true, _count: { select: { lessons: true } } },
    });
    if (!a) throw new UserError(NOT_FOUND_MESSAGE);
    const [subject, teacher] = await Promise.all([
      tx.subject.findFirst({ where: { id: input.subjectId, schoolId }, select: { id: true } }),
      tx.user.findFirst({
        where: { id: input.teacherId, schoolId, roles: { some: { role: { in: ["TEACHER", "HEAD_TEACHER", "DIRECTOR"] } } } },
        select: { id: true },
      }),
    ]);
    if (!subject) throw new UserError(NOT_FOUND_MESSAGE);
    if (!teacher) throw new UserError("Выберите учителя этой школы.", { teacherId: ["Выберите учителя."] });
    if (subject.id !== a.subjectId && a._count.lessons > 0) {
      const m = `Предмет не сменить: по этой нагрузке уже ${a._count.lessons.toLocaleString("ru-RU")} ${pluralRu(a._count.lessons, ["урок", "урока", "уроков"])} в журнале.`;
      throw new UserError(m, { subjectId: [m] });
    }
    await tx.teachingAssignment.update({ where: { id: a.id }, data: { subjectId: subject.id, teacherId: teacher.id } });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "assignment.update",
      entity: "TeachingAssignment",
      entityId: a.id,
      before: { subjectId: a.subjectId, teacherId: a.teacherId },
      after: input,
    });
  });
  done();
});

export const removeAssignmentAction = defineAction(CURATOR, removeSchema, async ({ id }, { viewer }) => {
  const schoolId = viewer.school.id;
  await prisma.$transaction(async (tx) => {
    const a = await tx.teachingAssignment.findFirst({
      where: { id, schoolId },
      select: {
        id: true,
        classId: true,
        subjectId: true,
        teacherId: true,
        groupId: true,
        subject: { select: { name: true } },
        _count: { select: { lessons: true, slots: true, planned: true } },
      },
    });
    if (!a) throw new UserError(NOT_FOUND_MESSAGE);
    refusal(`по нагрузке «${a.subject.name}»`, [
      [a._count.lessons, ["урок в журнале", "урока в журнале", "уроков в журнале"]],
      [a._count.slots, ["урок в расписании", "урока в расписании", "уроков в расписании"]],
      [a._count.planned, ["запланированная работа", "запланированные работы", "запланированных работ"]],
    ]);
    await tx.teachingAssignment.delete({ where: { id: a.id } });
    const { _count, subject, ...before } = a;
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "assignment.delete",
      entity: "TeachingAssignment",
      entityId: a.id,
      before: { ...before, subject: subject.name, lessons: _count.lessons },
    });
  });
  revalidatePath("/admin", "layout");
});
