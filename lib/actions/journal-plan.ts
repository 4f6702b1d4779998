// The journal's planning cores — the homework journal switch (GRD-2), exam and final attestation
// marks (GRD-4) and lessons planned ahead as control works (PLN-4) — behind the actions in
// journal.ts, callable with a viewer for integration tests.
import "server-only";
import type { z } from "zod";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { writeAudit } from "@/lib/audit";
import { NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { findAttestationAssignment, findReadableAssignment, isStudentOf } from "@/lib/data/journal-access";
import { lessonDateProblem } from "@/lib/journal/calendar";
import { fromIsoDate, todayIn, toIsoDate } from "@/lib/time/dates";
import { PLANNED_WORK_LABELS } from "@/lib/validations/journal-plan";
import type { attestationMarkSchema, homeworkJournalSchema, planLessonSchema } from "@/lib/validations/journal-plan";

/** GRD-2: the assignment's teacher or the school's curator turns the homework journal on or off. */
export async function setHomeworkJournal(viewer: Viewer, input: z.output<typeof homeworkJournalSchema>) {
  const owned = await findReadableAssignment(viewer, input.assignmentId);
  const a = owned?.isOwner
    ? owned
    : viewer.roles.includes("CURATOR")
      ? await prisma.teachingAssignment.findFirst({
          where: { id: input.assignmentId, schoolId: viewer.school.id, year: { isCurrent: true } },
          select: { id: true, journal: true, keepsHomeworkJournal: true },
        })
      : null;
  if (!a || a.journal === "EXTRA") throw new UserError(NOT_FOUND_MESSAGE);
  if (a.keepsHomeworkJournal === input.on) return { on: input.on };
  const schoolId = viewer.school.id;
  return prisma.$transaction(async (tx) => {
    if (!input.on) {
      // Marks of the homework journal are in the family's «Отметки (ДЗ)»: they are not hidden silently.
      const marks = await tx.mark.count({ where: { journal: "HOMEWORK", lesson: { assignmentId: a.id } } });
      if (marks > 0) throw new UserError(`В журнале домашних работ уже есть отметки (${marks}): выключить его нельзя.`);
    }
    await tx.teachingAssignment.update({ where: { id: a.id }, data: { keepsHomeworkJournal: input.on } });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "assignment.homeworkJournal",
      entity: "TeachingAssignment",
      entityId: a.id,
      before: { keepsHomeworkJournal: !input.on },
      after: { keepsHomeworkJournal: input.on },
    });
    return { on: input.on };
  });
}

/** PLN-4: a future lesson of the timetable created ahead as a control or independent work. */
export async function planLesson(viewer: Viewer, input: z.output<typeof planLessonSchema>) {
  const a = await findReadableAssignment(viewer, input.assignmentId);
  if (!a || !a.isOwner) throw new UserError(NOT_FOUND_MESSAGE);
  const [date, numberText] = input.slot.split("#");
  const number = Number(numberText);
  if (date <= todayIn(viewer.school.timezone)) {
    throw new UserError("Запланировать можно только урок после сегодняшнего дня.", { slot: ["Выберите будущий урок."] });
  }
  const [year, slots] = await Promise.all([
    prisma.studyYear.findUniqueOrThrow({
      where: { id: a.yearId },
      relationLoadStrategy: "join",
      select: {
        periods: { select: { startDate: true, endDate: true } },
        holidays: { select: { name: true, startDate: true, endDate: true } },
      },
    }),
    prisma.timetableSlot.findMany({
      where: { assignmentId: a.id },
      select: { weekday: true, lessonNumber: true, validFrom: true, validTo: true },
    }),
  ]);
  const range = (r: { startDate: Date; endDate: Date }) => ({ startDate: toIsoDate(r.startDate), endDate: toIsoDate(r.endDate) });
  const problem = lessonDateProblem(
    date,
    number,
    year.periods.map(range),
    year.holidays.map((h) => ({ name: h.name, ...range(h) })),
    slots.map((s) => ({ ...s, validFrom: s.validFrom && toIsoDate(s.validFrom), validTo: s.validTo && toIsoDate(s.validTo) })),
  );
  if (problem) throw new UserError(problem, { slot: [problem] });
  const schoolId = viewer.school.id;
  return prisma.$transaction(async (tx) => {
    const when = fromIsoDate(date);
    const exists = await tx.lesson.findUnique({
      where: { assignmentId_date_number: { assignmentId: a.id, date: when, number } },
      select: { id: true },
    });
    if (exists) throw new UserError("Этот урок уже есть в журнале: измените его вид работы в самом уроке.", { slot: ["Урок уже создан."] });
    const data = { workType: input.workType, topic: input.topic || null };
    const lesson = await tx.lesson.create({
      data: { schoolId, assignmentId: a.id, date: when, number, teacherId: viewer.userId, ...data },
      select: { id: true },
    });
    // The family's «График КР» reads the planned works (lib/data/diary-control.ts).
    const title = input.topic ? `${PLANNED_WORK_LABELS[input.workType]}: ${input.topic}` : PLANNED_WORK_LABELS[input.workType];
    const planned = await tx.plannedControlWork.create({ data: { schoolId, assignmentId: a.id, date: when, title }, select: { id: true } });
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "lesson.plan",
      entity: "Lesson",
      entityId: lesson.id,
      after: { date, number, ...data, plannedId: planned.id, title },
    });
    return lesson;
  });
}

/** GRD-4: an exam or final attestation mark, by the subject's teacher or the head teacher. */
export async function setAttestationMark(viewer: Viewer, input: z.output<typeof attestationMarkSchema>) {
  const a = await findAttestationAssignment(viewer, input.assignmentId);
  if (!a) throw new UserError(NOT_FOUND_MESSAGE);
  if (!(await isStudentOf(a, viewer.school.id, input.studentId)))
    throw new UserError("Этот ученик не учится в этом классе или группе.", { studentId: ["Выберите ученика из списка."] });
  const year = await prisma.studyYear.findUniqueOrThrow({ where: { id: a.yearId }, select: { startDate: true, endDate: true } });
  if (input.date < toIsoDate(year.startDate) || input.date > toIsoDate(year.endDate)) {
    throw new UserError("Дата должна быть внутри учебного года.", { date: ["Дата вне учебного года."] });
  }
  const key = `final/${input.studentId}/${a.subjectId}/${a.yearId}/${input.kind}/`;
  const schoolId = viewer.school.id;
  const actorId = viewer.userId;
  return prisma.$transaction(async (tx) => {
    // NULL periodIds never collide in the unique index: serialize on the key instead.
    await tx.$queryRaw`SELECT 1 AS ok FROM pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
    const old = await tx.finalMark.findFirst({
      where: { studentId: input.studentId, subjectId: a.subjectId, yearId: a.yearId, kind: input.kind, periodId: null },
      select: { id: true, value: true, date: true },
    });
    const audit = { schoolId, actorId, entity: "FinalMark", entityId: key };
    const before = old ? { value: old.value, date: old.date && toIsoDate(old.date) } : null;
    const after = { value: input.value, date: input.date };
    const date = fromIsoDate(input.date);
    if (!input.value && old) {
      await tx.finalMark.delete({ where: { id: old.id } });
      await writeAudit(tx, { ...audit, action: "finalMark.delete", before });
    } else if (input.value && !old) {
      await tx.finalMark.create({
        data: {
          schoolId,
          yearId: a.yearId,
          periodId: null,
          studentId: input.studentId,
          subjectId: a.subjectId,
          kind: input.kind,
          value: input.value,
          date,
          authorId: actorId,
        },
      });
      await writeAudit(tx, { ...audit, action: "finalMark.create", after });
    } else if (input.value && old && (old.value !== input.value || before?.date !== input.date)) {
      await tx.finalMark.update({ where: { id: old.id }, data: { value: input.value, date, authorId: actorId } });
      await writeAudit(tx, { ...audit, action: "finalMark.update", before, after });
    }
    return { value: input.value || null };
  });
}
