// Lessons, homework, remarks and final marks of the journal — the cores behind the actions in
// journal.ts, callable with a viewer for integration tests.
import "server-only";
import type { z } from "zod";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { writeAudit } from "@/lib/audit";
import { NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { findReadableAssignment, findWritableLesson, isStudentOf } from "@/lib/data/journal-access";
import { lessonDateProblem, timetableDates } from "@/lib/journal/calendar";
import { addDays, fromIsoDate, toIsoDate } from "@/lib/time/dates";
import { fileStore } from "@/lib/storage";
import type { createLessonSchema, finalMarkSchema, lessonSchema, remarkSchema } from "@/lib/validations/journal";

async function calendarOf(yearId: string, assignmentId: string) {
  const [year, slots] = await Promise.all([
    prisma.studyYear.findUniqueOrThrow({
      where: { id: yearId },
      relationLoadStrategy: "join",
      select: {
        periods: { select: { startDate: true, endDate: true } },
        holidays: { select: { name: true, startDate: true, endDate: true } },
      },
    }),
    prisma.timetableSlot.findMany({
      where: { assignmentId },
      select: { weekday: true, lessonNumber: true, validFrom: true, validTo: true },
    }),
  ]);
  const range = (r: { startDate: Date; endDate: Date }) => ({ startDate: toIsoDate(r.startDate), endDate: toIsoDate(r.endDate) });
  return {
    periods: year.periods.map(range),
    holidays: year.holidays.map((h) => ({ name: h.name, ...range(h) })),
    slots: slots.map((s) => ({ ...s, validFrom: s.validFrom && toIsoDate(s.validFrom), validTo: s.validTo && toIsoDate(s.validTo) })),
  };
}

/** Creates the lesson record of a timetable date (owner only). */
export async function createLesson(viewer: Viewer, input: z.output<typeof createLessonSchema>) {
  const a = await findReadableAssignment(viewer, input.assignmentId);
  if (!a || !a.isOwner) throw new UserError(NOT_FOUND_MESSAGE);
  const cal = await calendarOf(a.yearId, a.id);
  const problem = lessonDateProblem(input.date, input.number, cal.periods, cal.holidays, cal.slots);
  if (problem) throw new UserError(problem, { date: [problem] });
  const date = new Date(`${input.date}T00:00:00Z`);
  return prisma.$transaction(async (tx) => {
    const exists = await tx.lesson.findUnique({
      where: { assignmentId_date_number: { assignmentId: a.id, date, number: input.number } },
      select: { id: true },
    });
    if (exists) return { id: exists.id };
    const lesson = await tx.lesson.create({
      data: { schoolId: viewer.school.id, assignmentId: a.id, date, number: input.number, teacherId: viewer.userId },
      select: { id: true },
    });
    await writeAudit(tx, {
      schoolId: viewer.school.id,
      actorId: viewer.userId,
      action: "lesson.create",
      entity: "Lesson",
      entityId: lesson.id,
      after: { date: input.date, number: input.number },
    });
    return lesson;
  });
}

/** Topic, work type and weight, and the homework (set at this lesson, due at the next one). */
export async function saveLesson(viewer: Viewer, input: z.output<typeof lessonSchema>) {
  const lesson = await findWritableLesson(viewer, input.lessonId);
  if (!lesson) throw new UserError(NOT_FOUND_MESSAGE);
  const lessonDate = toIsoDate(lesson.date);
  const cal = await calendarOf(
    (await prisma.teachingAssignment.findUniqueOrThrow({ where: { id: lesson.assignment.id }, select: { yearId: true } })).yearId,
    lesson.assignment.id,
  );
  const next = timetableDates({ startDate: addDays(lessonDate, 1), endDate: addDays(lessonDate, 30) }, cal.holidays, cal.slots)[0];
  const dueDate = fromIsoDate(next?.date ?? addDays(lessonDate, 7));
  const schoolId = viewer.school.id;
  const actorId = viewer.userId;

  const removedKeys = await prisma.$transaction(async (tx) => {
    const before = await tx.lesson.findUniqueOrThrow({ where: { id: lesson.id }, select: { topic: true, workType: true, weight: true } });
    const after = { topic: input.topic || null, workType: input.workType, weight: input.weight };
    await tx.lesson.update({ where: { id: lesson.id }, data: after });
    // The lesson's kind of work is the default of its marks in the main journal.
    await tx.mark.updateMany({
      where: { lessonId: lesson.id, journal: { in: ["MAIN", "EXTRA"] } },
      data: { workType: input.workType, weight: input.weight },
    });
    await writeAudit(tx, { schoolId, actorId, action: "lesson.update", entity: "Lesson", entityId: lesson.id, before, after });

    const hw = await tx.homework.findFirst({
      where: { lessonId: lesson.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        text: true,
        _count: { select: { submissions: true, complaints: true } },
        files: { select: { file: { select: { id: true, storageKey: true, name: true } } } },
      },
    });
    const data = { text: input.homeworkText, explanation: input.homeworkExplanation || null, acceptsSubmissions: input.acceptsSubmissions };
    if (!input.homeworkText && hw) {
      if (hw._count.submissions > 0)
        throw new UserError("Задание нельзя удалить: ученики уже сдали по нему работы.", { homeworkText: ["Есть сданные работы."] });
      // Complaints are the head teacher's record (STU-2): they are not deleted with the task.
      if (hw._count.complaints > 0)
        throw new UserError("Задание нельзя удалить: на него есть жалобы завучу.", { homeworkText: ["На задание есть жалобы."] });
      // The teacher's files go with the task: nobody could reach them afterwards.
      await tx.storedFile.deleteMany({ where: { id: { in: hw.files.map((f) => f.file.id) } } });
      await tx.homework.delete({ where: { id: hw.id } });
      await writeAudit(tx, {
        schoolId,
        actorId,
        action: "homework.delete",
        entity: "Homework",
        entityId: hw.id,
        before: { text: hw.text, files: hw.files.map((f) => f.file.name) },
      });
      return hw.files.map((f) => f.file.storageKey);
    } else if (input.homeworkText && hw) {
      await tx.homework.update({ where: { id: hw.id }, data });
      await writeAudit(tx, {
        schoolId,
        actorId,
        action: "homework.update",
        entity: "Homework",
        entityId: hw.id,
        before: { text: hw.text },
        after: data,
      });
    } else if (input.homeworkText) {
      const created = await tx.homework.create({ data: { schoolId, lessonId: lesson.id, dueDate, ...data }, select: { id: true } });
      await writeAudit(tx, { schoolId, actorId, action: "homework.create", entity: "Homework", entityId: created.id, after: data });
    }
    return [];
  });
  const store = fileStore();
  for (const key of removedKeys) await store.remove(key).catch((e) => console.error("[storage] could not remove", key, e));
}

/** A remark or a comment about a student (FBK-1, FBK-2): parents read them. */
export async function addRemark(viewer: Viewer, input: z.output<typeof remarkSchema>) {
  const a = await findReadableAssignment(viewer, input.assignmentId);
  if (!a) throw new UserError(NOT_FOUND_MESSAGE);
  if (input.lessonId) {
    const lesson = await findWritableLesson(viewer, input.lessonId);
    if (!lesson || lesson.assignment.id !== a.id) throw new UserError(NOT_FOUND_MESSAGE);
  } else if (!a.isOwner) throw new UserError(NOT_FOUND_MESSAGE);
  if (!(await isStudentOf(a, viewer.school.id, input.studentId))) throw new UserError("Этот ученик не учится в этом классе или группе.");
  return prisma.$transaction(async (tx) => {
    const remark = await tx.remark.create({
      data: {
        schoolId: viewer.school.id,
        studentId: input.studentId,
        authorId: viewer.userId,
        lessonId: input.lessonId ?? null,
        kind: input.kind,
        text: input.text,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      schoolId: viewer.school.id,
      actorId: viewer.userId,
      action: "remark.create",
      entity: "Remark",
      entityId: remark.id,
      after: { kind: input.kind, text: input.text },
    });
    return remark;
  });
}

/** A period or year mark (GRD-4); the teacher decides, the average is only a hint. */
export async function setFinalMark(viewer: Viewer, input: z.output<typeof finalMarkSchema>) {
  const a = await findReadableAssignment(viewer, input.assignmentId);
  if (!a || !a.isOwner) throw new UserError(NOT_FOUND_MESSAGE);
  if (input.periodId) {
    const ok = await prisma.studyPeriod.count({ where: { id: input.periodId, yearId: a.yearId } });
    if (!ok) throw new UserError(NOT_FOUND_MESSAGE);
  }
  if (!(await isStudentOf(a, viewer.school.id, input.studentId))) throw new UserError("Этот ученик не учится в этом классе или группе.");
  const kind = input.periodId ? ("PERIOD" as const) : ("YEAR" as const);
  const periodId = input.periodId ?? null;
  const key = `final/${input.studentId}/${a.subjectId}/${a.yearId}/${kind}/${periodId ?? ""}`;
  const schoolId = viewer.school.id;
  const actorId = viewer.userId;
  return prisma.$transaction(async (tx) => {
    // NULL periodIds never collide in the unique index: serialize on the key instead.
    await tx.$queryRaw`SELECT 1 AS ok FROM pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
    const old = await tx.finalMark.findFirst({
      where: { studentId: input.studentId, subjectId: a.subjectId, yearId: a.yearId, kind, periodId },
      select: { id: true, value: true },
    });
    const audit = { schoolId, actorId, entity: "FinalMark", entityId: key };
    if (!input.value && old) {
      await tx.finalMark.delete({ where: { id: old.id } });
      await writeAudit(tx, { ...audit, action: "finalMark.delete", before: { value: old.value } });
    } else if (input.value && !old) {
      await tx.finalMark.create({
        data: {
          schoolId,
          yearId: a.yearId,
          periodId,
          studentId: input.studentId,
          subjectId: a.subjectId,
          kind,
          value: input.value,
          authorId: actorId,
        },
      });
      await writeAudit(tx, { ...audit, action: "finalMark.create", after: { value: input.value } });
    } else if (input.value && old && old.value !== input.value) {
      await tx.finalMark.update({ where: { id: old.id }, data: { value: input.value, authorId: actorId } });
      await writeAudit(tx, { ...audit, action: "finalMark.update", before: { value: old.value }, after: { value: input.value } });
    }
    return { value: input.value || null };
  });
}
