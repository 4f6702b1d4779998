// The audit log's filters as search params (ADM-4). Bad values fall back to defaults, never a 500.
import { z } from "zod";
import { isIsoDate } from "@/lib/time/dates";

const date = z.string().refine(isIsoDate).optional().catch(undefined);

export const AUDIT_KINDS = {
  mark: "Оценки",
  attendance: "Посещаемость",
  lesson: "Уроки",
  user: "Люди и пароли",
  invite: "Приглашения",
  "user.merge": "Объединения",
  import: "Импорт",
  school: "Школа и учебный год",
  class: "Классы",
  subject: "Предметы",
  staff: "Сотрудники",
  assignment: "Нагрузка",
  timetable: "Расписание",
} as const;

export const auditQuerySchema = z.object({
  actor: z.string().max(64).optional().catch(undefined),
  kind: z
    .string()
    .regex(/^[a-z]+(\.[a-z]+)*$/)
    .max(40)
    .optional()
    .catch(undefined),
  from: date,
  to: date,
  sort: z.enum(["createdAt", "action"]).catch("createdAt"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AuditQuery = z.output<typeof auditQuerySchema>;
