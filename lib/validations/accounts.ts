// Forms of accounts (ACC-1…ACC-9), shared by the browser forms and the server actions. Rules that
// need facts the form does not carry (a student's birth date) take them as a context.
import { z } from "zod";
import { StartPage } from "@/generated/prisma/enums";
import { FAMILY_ROLES } from "@/lib/access/roles";
import { checkPassword, PASSWORD_RULE_MESSAGES, type PasswordContext } from "@/lib/validations/password";
import { isValidSnils } from "@/lib/validations/snils";
import { isWellFormedInviteCode } from "@/lib/accounts/code-format";

export const inviteCodeField = z
  .string()
  .trim()
  .min(1, "Введите пригласительный код")
  .max(40, "Код слишком длинный")
  .refine(isWellFormedInviteCode, "Код введён неверно: проверьте его по приглашению");

export const loginField = z
  .string()
  .trim()
  .min(3, "Логин не короче 3 символов")
  .max(32, "Логин не длиннее 32 символов")
  .regex(/^[A-Za-z0-9._-]+$/, "В логине допустимы латинские буквы, цифры и . _ -");

export const emailField = z.string().trim().max(254, "Адрес слишком длинный").pipe(z.email("Введите адрес электронной почты"));
const optionalEmail = z.union([z.literal(""), emailField]).optional();

const nameField = (label: string, required: boolean) =>
  required
    ? z.string().trim().min(1, `Введите ${label}`).max(60, "Не длиннее 60 символов")
    : z.string().trim().max(60, "Не длиннее 60 символов").optional();

/** Adds the ACC-2 policy to a form with `password`, `password2` and (optionally) `login`. */
function withPolicy<
  T extends { password: string; password2: string; login?: string; lastName?: string; firstName?: string; middleName?: string },
>(ctx: PasswordContext) {
  return (value: T, issues: z.RefinementCtx) => {
    const failed = checkPassword(value.password, {
      login: value.login ?? ctx.login,
      birthDate: ctx.birthDate,
      names: [...(ctx.names ?? []), value.lastName, value.firstName, value.middleName],
    });
    if (failed.length)
      issues.addIssue({ code: "custom", path: ["password"], message: failed.map((r) => PASSWORD_RULE_MESSAGES[r]).join(". ") });
    if (value.password !== value.password2) issues.addIssue({ code: "custom", path: ["password2"], message: "Пароли не совпадают" });
  };
}

export const checkCodeSchema = z.object({ code: inviteCodeField });

/** STAFF: a staff member's own code (ADM-6); like a student, they complete the school's row. */
export type RegisterContext = { role: "STUDENT" | "PARENT" | "STAFF"; birthDate?: string | null; names?: string[] };

export function registerSchema(ctx: RegisterContext = { role: "PARENT" }) {
  const parent = ctx.role === "PARENT";
  return z
    .object({
      codes: z
        .array(z.object({ code: inviteCodeField }))
        .min(1, "Введите пригласительный код")
        .max(10, "Не больше 10 кодов"),
      login: loginField,
      password: z.string().max(64, "Пароль слишком длинный"),
      password2: z.string().max(64),
      email: parent ? emailField : optionalEmail,
      lastName: nameField("фамилию", parent),
      firstName: nameField("имя", parent),
      middleName: nameField("отчество", false),
    })
    .superRefine(withPolicy(ctx));
}
export type RegisterInput = z.input<ReturnType<typeof registerSchema>>;

export const forgotPasswordSchema = z.object({ email: emailField });

export function resetPasswordSchema(ctx: PasswordContext = {}) {
  return z
    .object({ token: z.string().min(10).max(200), password: z.string().max(64), password2: z.string().max(64) })
    .superRefine(withPolicy(ctx));
}

export const confirmTokenSchema = z.object({ token: z.string().min(10).max(200) });

export function changePasswordSchema(ctx: PasswordContext = {}) {
  return z
    .object({ current: z.string().min(1, "Введите текущий пароль").max(128), password: z.string().max(64), password2: z.string().max(64) })
    .superRefine(withPolicy(ctx))
    .refine((v) => v.current !== v.password, { path: ["password"], message: "Новый пароль должен отличаться от текущего" });
}

export const confirmDataSchema = z.object({ ownPassword: z.string().min(1, "Введите пароль").max(128), email: emailField });

export const profileSchema = z.object({
  lastName: nameField("фамилию", true),
  firstName: nameField("имя", true),
  middleName: nameField("отчество", false),
  snils: z
    .string()
    .trim()
    .max(20)
    .refine((v) => v === "" || isValidSnils(v), "СНИЛС введён с ошибкой: не сходится контрольная сумма")
    .optional(),
  vkUrl: z
    .string()
    .trim()
    .max(200)
    .refine((v) => v === "" || /^https:\/\/(m\.)?vk\.(com|ru)\/[A-Za-z0-9_.]+$/.test(v), "Ссылка вида https://vk.com/имя")
    .optional(),
  email: optionalEmail,
});

export const addChildSchema = z.object({ code: inviteCodeField });

/** The timetable's form (ACC-8): the week as a grid of day cards, or one list. */
export const SCHEDULE_VIEWS = ["week", "list"] as const;
export type ScheduleView = (typeof SCHEDULE_VIEWS)[number];
export const scheduleViewOf = (stored: string): ScheduleView => (stored === "list" ? "list" : "week");

// The message settings (signature, copies by e-mail) wait for messages (COM-1): the form does not
// offer them until then, so they are not part of it.
export const settingsSchema = z.object({
  startPage: z.enum(Object.values(StartPage)),
  scheduleView: z.enum(SCHEDULE_VIEWS, "Выберите форму расписания"),
});

// --- the curator's tools (ACC-1, ACC-5, ACC-9) ---

export const issueInvitesSchema = z.object({
  classId: z.string().min(1, "Выберите класс").max(64),
  studentId: z.string().max(64).optional(),
  role: z.enum(FAMILY_ROLES),
});

export const inviteIdSchema = z.object({ id: z.string().min(1).max(64) });

export function setPasswordSchema(ctx: PasswordContext = {}) {
  return z
    .object({ userId: z.string().min(1).max(64), password: z.string().max(64), password2: z.string().max(64) })
    .superRefine(withPolicy(ctx));
}

export const mergeParentsSchema = z.object({
  keepId: z.string().min(1).max(64),
  otherLogin: z.string().trim().min(1, "Введите логин второй учётной записи").max(64),
});
