// GRD-3 forms: afternoon groups (clubs, consultations, extended day, extra education) and who is
// enrolled in them. One schema per form, parsed by the form and again by the action.
import { z } from "zod";

const id = z.string().min(1, "Выберите из списка.").max(64);

/** Checkboxes: react-hook-form gives an array, a lone checkbox its value or false. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v : v ? [v] : []), z.array(item).max(500, "Слишком много."));

/** The kinds the curator creates here; CLASS_PART groups belong to a class's assignment (/admin/staff). */
export const AFTERNOON_KINDS = ["CLUB", "CONSULTATION", "EXTENDED_DAY"] as const;
export type AfternoonKind = (typeof AFTERNOON_KINDS)[number];

export const GROUP_KIND_LABELS: Record<AfternoonKind, string> = {
  CLUB: "кружок, дополнительное образование",
  CONSULTATION: "консультация",
  EXTENDED_DAY: "группа продлённого дня",
};

/** The afternoon groups meet after the lessons: the seed's clubs use lesson 8. */
export const AFTERNOON_LESSON = 8;

const groupFields = {
  name: z.string().trim().min(2, "Укажите название (не короче 2 символов).").max(100, "Название — не длиннее 100 символов."),
  kind: z.enum(AFTERNOON_KINDS, { message: "Выберите вид занятий." }),
  teacherId: id,
  weekdays: list(z.coerce.number().int().min(1, "Дни недели: с понедельника по субботу.").max(6, "Дни недели: с понедельника по субботу."))
    .refine((d) => d.length > 0, "Отметьте хотя бы один день недели.")
    .transform((d) => [...new Set(d)].sort()),
  lessonNumber: z.coerce
    .number({ message: "Укажите номер урока." })
    .int()
    .min(1, "Номер урока от 1 до 12.")
    .max(12, "Номер урока от 1 до 12."),
};

export const groupSchema = z.object(groupFields);
export const editGroupSchema = z.object({ groupId: id, ...groupFields });
export const removeGroupSchema = z.object({ groupId: id });

export const enrolSchema = z.object({
  groupId: id,
  studentIds: list(id).refine((a) => a.length > 0, "Отметьте хотя бы одного ученика."),
});
export const unenrolSchema = z.object({ groupId: id, studentId: id });
