"use server";
// The teacher's journal actions (STF-1, STF-2, FBK-1/2, GRD-4). Staff roles only; each core
// checks that the journal or lesson is the viewer's, and refuses with "Не найдено." otherwise.
import { defineAction } from "@/lib/actions/action";
import { markHistory, saveCell } from "@/lib/actions/journal-cell";
import { addRemark, createLesson, saveLesson, setFinalMark } from "@/lib/actions/journal-lesson";
import { planLesson, setAttestationMark, setHomeworkJournal } from "@/lib/actions/journal-plan";
import { attestationMarkSchema, homeworkJournalSchema, planLessonSchema } from "@/lib/validations/journal-plan";
import {
  createLessonSchema,
  finalMarkSchema,
  lessonSchema,
  markHistorySchema,
  remarkSchema,
  saveCellSchema,
} from "@/lib/validations/journal";

const STAFF = { roles: ["TEACHER", "HEAD_TEACHER", "DIRECTOR"] } as const;

export const saveCellAction = defineAction(STAFF, saveCellSchema, (input, { viewer }) => saveCell(viewer, input));

export const markHistoryAction = defineAction(STAFF, markHistorySchema, (input, { viewer }) =>
  markHistory(viewer, input.lessonId, input.studentId, input.journal),
);

export const createLessonAction = defineAction(STAFF, createLessonSchema, (input, { viewer }) => createLesson(viewer, input));

export const saveLessonAction = defineAction(STAFF, lessonSchema, (input, { viewer }) => saveLesson(viewer, input));

export const addRemarkAction = defineAction(STAFF, remarkSchema, (input, { viewer }) => addRemark(viewer, input));

export const setFinalMarkAction = defineAction(STAFF, finalMarkSchema, (input, { viewer }) => setFinalMark(viewer, input));

/** GRD-2: the teacher of the assignment, or the curator, switches the homework journal. */
export const setHomeworkJournalAction = defineAction(
  { roles: ["TEACHER", "HEAD_TEACHER", "DIRECTOR", "CURATOR"] },
  homeworkJournalSchema,
  (input, { viewer }) => setHomeworkJournal(viewer, input),
);

export const planLessonAction = defineAction(STAFF, planLessonSchema, (input, { viewer }) => planLesson(viewer, input));

export const setAttestationMarkAction = defineAction(STAFF, attestationMarkSchema, (input, { viewer }) =>
  setAttestationMark(viewer, input),
);
