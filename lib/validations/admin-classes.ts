// ADM-2 forms: classes, subjects, staff roles, teaching assignments, timetable slots.
import { z } from "zod";
import { SpecialistKind, STAFF_ROLES, type Role } from "@/lib/access/roles";

type StaffRole = Exclude<Role, "STUDENT" | "PARENT">;

const id = z.string().min(1, "Выберите из списка.").max(64);
const optionalId = z
  .string()
  .max(64)
  .transform((s) => s || null);

export const classSchema = z.object({
  grade: z.coerce.number({ message: "Укажите параллель." }).int().min(1, "Параллель от 1 до 11.").max(11, "Параллель от 1 до 11."),
  letter: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[А-ЯЁ]$/, "Литера — одна русская буква."),
  classTeacherId: optionalId,
});

export const subjectSchema = z.object({
  name: z.string().trim().min(2, "Укажите название предмета.").max(100),
  shortName: z
    .string()
    .trim()
    .max(20)
    .transform((s) => s || null),
});

export const staffRolesSchema = z
  .object({
    userId: id,
    roles: z
      .array(z.enum(STAFF_ROLES as [StaffRole, ...StaffRole[]]))
      .min(1, "Отметьте хотя бы одну роль.")
      .transform((r) => [...new Set(r)]),
    specialistKind: z.enum(Object.values(SpecialistKind)).nullable().catch(null),
  })
  .refine((v) => !v.roles.includes("SPECIALIST") || v.specialistKind, { path: ["specialistKind"], message: "Выберите, какой специалист." });

export const assignmentSchema = z.object({
  classId: id,
  subjectId: id,
  teacherId: id,
  /** When a class splits (English, labour): the group's name, e.g. «1 группа». */
  groupName: z
    .string()
    .trim()
    .max(40)
    .transform((s) => s || null),
});

export const WEEKDAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота"] as const;
export const WEEKDAYS_ON = ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу"] as const;

export const slotSchema = z.object({
  assignmentId: id,
  weekday: z.coerce.number().int().min(1, "Выберите день.").max(6, "Выберите день."),
  lessonNumber: z.coerce.number({ message: "Укажите номер урока." }).int().min(1, "Урок от 1 до 10.").max(10, "Урок от 1 до 10."),
  room: z
    .string()
    .trim()
    .max(20, "Кабинет — до 20 знаков.")
    .transform((s) => s || null),
});

export const deleteSlotSchema = z.object({ slotId: id });

// Editing (ADM-2): the creation fields plus the record's id.
export const classEditSchema = classSchema.extend({ id });
export const subjectEditSchema = subjectSchema.extend({ id });
/** An assignment changes its teacher or subject; its class and group stay. */
export const assignmentEditSchema = z.object({ id, subjectId: id, teacherId: id });
