// Schemas of the teacher's journal, shared by the client forms and the server actions.
import { z } from "zod";
import { JournalKind, RemarkKind, WorkType } from "@/generated/prisma/enums";
import { submissionFilesSchema } from "@/lib/validations/diary";
import { isIsoDate } from "@/lib/time/dates";
import { MARK_SCALE_MESSAGE, parseMark } from "@/lib/marks/cell";

const id = z.string().min(1).max(40);

export const WORK_TYPES = Object.values(WorkType);

export const JOURNALS = Object.values(JournalKind);

/** One cell: the text typed into it (a mark and/or an attendance code; empty clears). */
export const saveCellSchema = z.object({
  lessonId: id,
  studentId: id,
  journal: z.enum(JOURNALS),
  text: z.string().max(20, "Слишком длинная запись."),
  comment: z.string().trim().max(200, "Комментарий — не длиннее 200 символов.").optional(),
});
export type SaveCellInput = z.input<typeof saveCellSchema>;

export const createLessonSchema = z.object({
  assignmentId: id,
  date: z.string().refine(isIsoDate, "Укажите дату."),
  number: z.coerce.number().int().min(0).max(12),
});

export const lessonSchema = z.object({
  lessonId: id,
  topic: z.string().trim().max(300, "Тема — не длиннее 300 символов."),
  workType: z.enum(WORK_TYPES, { message: "Выберите вид работы." }),
  weight: z.coerce
    .number({ message: "Вес — число от 1 до 5." })
    .int("Вес — целое число.")
    .min(1, "Вес — от 1 до 5.")
    .max(5, "Вес — от 1 до 5."),
  homeworkText: z.string().trim().max(2000, "Задание — не длиннее 2000 символов."),
  homeworkExplanation: z.string().trim().max(2000, "Пояснение — не длиннее 2000 символов."),
  acceptsSubmissions: z.boolean(),
});
export type LessonInput = z.input<typeof lessonSchema>;

export const remarkSchema = z.object({
  assignmentId: id,
  studentId: id,
  lessonId: id.optional(),
  kind: z.enum([RemarkKind.REMARK, RemarkKind.COMMENT]),
  text: z.string().trim().min(1, "Напишите текст.").max(1000, "Не длиннее 1000 символов."),
});
export type RemarkInput = z.input<typeof remarkSchema>;

export const finalMarkSchema = z.object({
  assignmentId: id,
  studentId: id,
  /** a study period's id for a period mark; absent for the year mark */
  periodId: id.optional(),
  value: z
    .string()
    .trim()
    .refine((v) => v === "" || (parseMark(v) !== null && !v.includes("/")), MARK_SCALE_MESSAGE),
});
export type FinalMarkInput = z.input<typeof finalMarkSchema>;

export const markHistorySchema = z.object({ lessonId: id, studentId: id, journal: z.enum(JOURNALS) });

export const complaintAnswerSchema = z.object({
  complaintId: id,
  answer: z.string().trim().min(1, "Напишите ответ.").max(2000, "Не длиннее 2000 символов."),
  close: z.boolean(),
});

/** STF-1: files a teacher attaches to a lesson's homework (the same limits as submissions). */
export const homeworkFilesUploadSchema = z
  .instanceof(FormData)
  .transform((fd) => ({
    lessonId: String(fd.get("lessonId") ?? ""),
    files: fd.getAll("files").filter((f): f is File => f instanceof File && f.name !== ""),
  }))
  .pipe(z.object({ lessonId: z.string().min(1, "Не найдено.").max(64), files: submissionFilesSchema }));
