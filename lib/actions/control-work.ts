"use server";
// GRD-5: the teacher's element analysis of a control work: tasks (what each checks) and the
// students' points per task. Each write is checked against the lesson (lib/data/control-work.ts),
// runs in one transaction and is audited.
import { revalidatePath } from "next/cache";
import { defineAction, NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { JOURNAL_ROLES } from "@/lib/access/roles";
import { findAnalysableLesson } from "@/lib/data/control-work";
import { isStudentOf } from "@/lib/data/journal-access";
import { addTaskSchema, removeTaskSchema, saveResultsSchema, scoreOutOfRange } from "@/lib/validations/control-work";
import { writeAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";

const journal = { roles: JOURNAL_ROLES };

async function lessonOrThrow(viewer: Viewer, assignmentId: string, lessonId: string) {
  const lesson = await findAnalysableLesson(viewer, assignmentId, lessonId);
  if (!lesson) throw new UserError(NOT_FOUND_MESSAGE);
  return lesson;
}

const pathOf = (assignmentId: string, lessonId: string) => `/journal/${assignmentId}/control/${lessonId}`;

export const addControlTaskAction = defineAction(journal, addTaskSchema, async (input, { viewer }) => {
  const lesson = await lessonOrThrow(viewer, input.assignmentId, input.lessonId);
  await prisma.$transaction(async (tx) => {
    const last = await tx.controlWorkElement.aggregate({ where: { lessonId: lesson.id }, _max: { taskNumber: true } });
    const taskNumber = (last._max.taskNumber ?? 0) + 1;
    const e = await tx.controlWorkElement.create({
      data: { schoolId: viewer.school.id, lessonId: lesson.id, taskNumber, title: input.title, maxScore: input.maxScore },
      select: { id: true },
    });
    await writeAudit(tx, {
      schoolId: viewer.school.id,
      actorId: viewer.userId,
      action: "control-task.create",
      entity: "ControlWorkElement",
      entityId: e.id,
      after: { lessonId: lesson.id, taskNumber, title: input.title, maxScore: input.maxScore },
    });
  });
  revalidatePath(pathOf(input.assignmentId, input.lessonId));
  return null;
});

export const removeControlTaskAction = defineAction(journal, removeTaskSchema, async (input, { viewer }) => {
  const lesson = await lessonOrThrow(viewer, input.assignmentId, input.lessonId);
  await prisma.$transaction(async (tx) => {
    const e = await tx.controlWorkElement.findFirst({
      where: { id: input.elementId, lessonId: lesson.id },
      select: { id: true, taskNumber: true, title: true, maxScore: true, _count: { select: { results: true } } },
    });
    if (!e) throw new UserError(NOT_FOUND_MESSAGE);
    if (e._count.results > 0) throw new UserError(`У задания ${e.taskNumber} уже есть результаты учеников: сначала очистите их.`);
    await tx.controlWorkElement.delete({ where: { id: e.id } });
    await writeAudit(tx, {
      schoolId: viewer.school.id,
      actorId: viewer.userId,
      action: "control-task.delete",
      entity: "ControlWorkElement",
      entityId: e.id,
      before: { lessonId: lesson.id, taskNumber: e.taskNumber, title: e.title, maxScore: e.maxScore },
    });
  });
  revalidatePath(pathOf(input.assignmentId, input.lessonId));
  return null;
});

export const saveControlResultsAction = defineAction(journal, saveResultsSchema, async (input, { viewer }) => {
  const lesson = await lessonOrThrow(viewer, input.assignmentId, input.lessonId);
  const elements = await prisma.controlWorkElement.findMany({ where: { lessonId: lesson.id }, select: { id: true, maxScore: true } });
  const maxOf = new Map(elements.map((e) => [e.id, e.maxScore]));
  // The maximum the form sent is only for its own check: the task's own maximum decides.
  const errors: Record<string, string[]> = {};
  input.cells.forEach((c, i) => {
    const max = maxOf.get(c.elementId);
    if (max === undefined) throw new UserError(NOT_FOUND_MESSAGE);
    if (c.score !== "" && Number(c.score) > max) errors[`cells.${i}.score`] = [scoreOutOfRange(max)];
  });
  if (Object.keys(errors).length) throw new UserError("Проверьте баллы.", errors);
  const studentIds = [...new Set(input.cells.map((c) => c.studentId))];
  for (const s of studentIds) if (!(await isStudentOf(lesson.assignment, viewer.school.id, s))) throw new UserError(NOT_FOUND_MESSAGE);

  const changed = await prisma.$transaction(async (tx) => {
    const before = await tx.controlWorkResult.findMany({
      where: { elementId: { in: elements.map((e) => e.id) }, studentId: { in: studentIds } },
      select: { elementId: true, studentId: true, score: true },
    });
    const old = new Map(before.map((r) => [`${r.studentId}:${r.elementId}`, r.score]));
    const diff: { studentId: string; elementId: string; from: number | null; to: number | null }[] = [];
    for (const c of input.cells) {
      const from = old.get(`${c.studentId}:${c.elementId}`) ?? null;
      const to = c.score === "" ? null : Number(c.score);
      if (from === to) continue;
      diff.push({ studentId: c.studentId, elementId: c.elementId, from, to });
      const key = { elementId_studentId: { elementId: c.elementId, studentId: c.studentId } };
      if (to === null) await tx.controlWorkResult.delete({ where: key });
      else
        await tx.controlWorkResult.upsert({
          where: key,
          create: { elementId: c.elementId, studentId: c.studentId, score: to },
          update: { score: to },
        });
    }
    if (diff.length) {
      await writeAudit(tx, {
        schoolId: viewer.school.id,
        actorId: viewer.userId,
        action: "control-results.save",
        entity: "Lesson",
        entityId: lesson.id,
        after: { changes: diff },
      });
    }
    return diff.length;
  });
  revalidatePath(pathOf(input.assignmentId, input.lessonId));
  return { changed };
});
