// Schemas of the journal's planning screens — the homework journal switch (GRD-2), exam and final
// attestation marks (GRD-4) and control works planned ahead (PLN-4) — shared by form and action.
import { z } from "zod";
import { isIsoDate } from "@/lib/time/dates";
import { MARK_SCALE_MESSAGE, parseMark } from "@/lib/marks/cell";

const id = z.string().min(1).max(40);

export const homeworkJournalSchema = z.object({ assignmentId: id, on: z.boolean() });

/** The kinds of work a planned lesson announces in the family's «График КР». */
export const PLANNED_WORK_TYPES = ["CONTROL", "INDEPENDENT"] as const;
export const PLANNED_WORK_LABELS: Record<(typeof PLANNED_WORK_TYPES)[number], string> = {
  CONTROL: "Контрольная работа",
  INDEPENDENT: "Самостоятельная работа",
};

export const planLessonSchema = z.object({
  assignmentId: id,
  /** "YYYY-MM-DD#n": a timetable date and lesson number */
  slot: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}#\d{1,2}$/, "Выберите урок по расписанию.")
    .refine((s) => isIsoDate(s.slice(0, 10)), "Выберите урок по расписанию."),
  workType: z.enum(PLANNED_WORK_TYPES, { message: "Выберите: контрольная или самостоятельная работа." }),
  topic: z.string().trim().max(300, "Тема — не длиннее 300 символов."),
});
export type PlanLessonInput = z.input<typeof planLessonSchema>;

export const ATTESTATION_KINDS = ["EXAM", "FINAL"] as const;
export const ATTESTATION_LABELS: Record<(typeof ATTESTATION_KINDS)[number], string> = { EXAM: "Экзамен", FINAL: "Итоговая" };

export const attestationMarkSchema = z.object({
  assignmentId: id,
  studentId: z.string().min(1, "Выберите ученика.").max(40),
  kind: z.enum(ATTESTATION_KINDS, { message: "Выберите вид: экзамен или итоговая." }),
  date: z.string().refine(isIsoDate, "Укажите дату."),
  /** empty removes the mark of this kind */
  value: z
    .string()
    .trim()
    .refine((v) => v === "" || (parseMark(v) !== null && !v.includes("/")), MARK_SCALE_MESSAGE),
});
export type AttestationMarkInput = z.input<typeof attestationMarkSchema>;
