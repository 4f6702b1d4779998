// ADM-5: the form that creates a school and its first curator — shared by /setup, the server
// action and the operator CLI (scripts/school-create.ts). It reuses the school profile, bells,
// year-name, login, e-mail and password (ACC-2) rules of the rest of the app.
import { z } from "zod";
import { bellsSchema, PERIOD_KINDS, schoolProfileSchema, YEAR_NAME } from "@/lib/validations/admin-school";
import { emailField, loginField } from "@/lib/validations/accounts";
import { checkPassword, PASSWORD_RULE_MESSAGES } from "@/lib/validations/password";
import { formatFullDate, isIsoDate } from "@/lib/time/dates";

/** Russia's time zones, west to east (the school's days begin and end in its own). */
export const RUSSIAN_TIME_ZONES = {
  "Europe/Kaliningrad": "Калининград (МСК−1)",
  "Europe/Moscow": "Москва (МСК)",
  "Europe/Samara": "Самара (МСК+1)",
  "Asia/Yekaterinburg": "Екатеринбург (МСК+2)",
  "Asia/Omsk": "Омск (МСК+3)",
  "Asia/Novosibirsk": "Новосибирск (МСК+4)",
  "Asia/Krasnoyarsk": "Красноярск (МСК+4)",
  "Asia/Irkutsk": "Иркутск (МСК+5)",
  "Asia/Yakutsk": "Якутск (МСК+6)",
  "Asia/Vladivostok": "Владивосток (МСК+7)",
  "Asia/Magadan": "Магадан (МСК+8)",
  "Asia/Kamchatka": "Петропавловск-Камчатский (МСК+9)",
} as const;

export const YEAR_KINDS = { QUARTER: "четверти", TRIMESTER: "триместры" } as const;
export const PERIODS_OF_KIND = { QUARTER: 4, TRIMESTER: 3 } as const;

const date = (label: string) => z.string({ message: `Укажите ${label}.` }).refine(isIsoDate, `Укажите ${label}.`);
const range = { startDate: date("дату начала"), endDate: date("дату окончания") };
const name = (label: string, required: boolean) =>
  required
    ? z.string().trim().min(1, `Укажите ${label}.`).max(60, "Не длиннее 60 символов.")
    : z.string().trim().max(60, "Не длиннее 60 символов.");

type Issue = (path: (string | number)[], message: string) => void;
const reporter =
  (ctx: z.RefinementCtx): Issue =>
  (path, message) =>
    ctx.addIssue({ code: "custom", path, message });

// Each part checks itself, so that one wrong field does not hide the others' errors.
const curatorSchema = z
  .object({
    lastName: name("фамилию", true),
    firstName: name("имя", true),
    middleName: name("отчество", false).transform((s) => s || null),
    login: loginField.transform((s) => s.toLowerCase()),
    email: emailField.transform((s) => s.toLowerCase()),
    password: z.string().max(64),
    password2: z.string().max(64),
  })
  .superRefine((c, ctx) => {
    const issue = reporter(ctx);
    const failed = checkPassword(c.password, { login: c.login, names: [c.lastName, c.firstName, c.middleName] });
    if (failed.length) issue(["password"], failed.map((r) => PASSWORD_RULE_MESSAGES[r]).join(". "));
    if (c.password !== c.password2) issue(["password2"], "Пароли не совпадают.");
  });

const yearSchema = z
  .object({
    name: z.string().trim().regex(YEAR_NAME, "Название года — как 2026/2027."),
    ...range,
    kind: z.enum(["QUARTER", "TRIMESTER"], { message: "Выберите четверти или триместры." }),
    periods: z.array(z.object(range)).max(4),
    holidays: z.array(z.object({ name: z.string().trim().min(2, "Укажите название каникул.").max(100), ...range })).max(20),
  })
  .superRefine((y, ctx) => {
    const issue = reporter(ctx);
    if (y.startDate > y.endDate) issue(["endDate"], "Окончание раньше начала.");
    const inside = (a: { startDate: string; endDate: string }) => a.startDate >= y.startDate && a.endDate <= y.endDate;
    const outside = `Даты должны быть внутри учебного года: ${formatFullDate(y.startDate)} — ${formatFullDate(y.endDate)}.`;
    if (y.periods.length !== PERIODS_OF_KIND[y.kind])
      issue(["periods"], `Нужно периодов: ${PERIODS_OF_KIND[y.kind]} (${YEAR_KINDS[y.kind]}).`);
    y.periods.forEach((p, i) => {
      if (p.startDate > p.endDate) issue(["periods", i, "endDate"], "Окончание раньше начала.");
      else if (!inside(p)) issue(["periods", i, "startDate"], outside);
      else if (i > 0 && p.startDate <= y.periods[i - 1].endDate)
        issue(["periods", i, "startDate"], `Период начинается раньше, чем кончается ${i}-й ${PERIOD_KINDS[y.kind]}.`);
    });
    y.holidays.forEach((h, i) => {
      if (h.startDate > h.endDate) issue(["holidays", i, "endDate"], "Окончание раньше начала.");
      else if (!inside(h)) issue(["holidays", i, "startDate"], outside);
    });
  });

export const newSchoolSchema = z.object({
  school: schoolProfileSchema.pick({ name: true, shortName: true, address: true, publicUrl: true }).extend({
    timezone: z.enum(Object.keys(RUSSIAN_TIME_ZONES) as [keyof typeof RUSSIAN_TIME_ZONES], { message: "Выберите часовой пояс из списка." }),
  }),
  curator: curatorSchema,
  year: yearSchema,
  bells: bellsSchema.shape.bells.superRefine((bells, ctx) => {
    bells.forEach((b, i) => {
      if (i > 0 && b.startsAt < bells[i - 1].endsAt) reporter(ctx)([i, "startsAt"], "Раньше конца предыдущего урока.");
    });
  }),
});

export type NewSchoolInput = z.input<typeof newSchoolSchema>;
export type NewSchool = z.output<typeof newSchoolSchema>;

/** The web form adds the link's token; the CLI has none. */
export const setupFormSchema = newSchoolSchema.extend({ token: z.string().min(20).max(200) });
export type SetupFormInput = z.input<typeof setupFormSchema>;
