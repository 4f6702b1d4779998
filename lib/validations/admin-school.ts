// ADM-1 forms: school profile and settings, study years, periods, holidays, bells, a new year.
import { z } from "zod";
import { PeriodKind } from "@/generated/prisma/enums";
import { isIsoDate } from "@/lib/time/dates";

/** Paid services a school may offer (OTH-3); KR_ANALYSIS unlocks class statistics in GRD-5. */
export const PAID_SERVICES = { KR_ANALYSIS: "Анализ КР" } as const;

const isoDate = (label: string) => z.string({ message: `Укажите ${label}.` }).refine(isIsoDate, `Укажите ${label}.`);
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const schoolProfileSchema = z.object({
  name: z.string().trim().min(3, "Укажите полное название школы.").max(200),
  shortName: z.string().trim().min(2, "Укажите краткое название.").max(60),
  address: z.string().trim().min(5, "Укажите адрес школы.").max(300),
  publicUrl: z
    .string()
    .trim()
    .max(200)
    .refine((s) => s === "" || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(s), "Адрес сайта начинается с https://")
    .transform((s) => s || null),
  personalNotesMode: checkbox,
  parentsMayEditData: checkbox,
  milestonesEnabled: checkbox,
  // A checkbox group: react-hook-form gives an array, a lone checked box a string, none false.
  paidServices: z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === "string" ? [v] : []),
    z.array(z.enum(Object.keys(PAID_SERVICES) as [keyof typeof PAID_SERVICES])),
  ),
});

const range = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({ ...shape, startDate: isoDate("дату начала"), endDate: isoDate("дату окончания") })
    .refine((v) => (v as { startDate: string }).startDate <= (v as { endDate: string }).endDate, {
      path: ["endDate"],
      message: "Окончание раньше начала.",
    });

export const YEAR_NAME = /^(\d{4})\/(\d{4})$/;
const yearName = z
  .string()
  .trim()
  .regex(YEAR_NAME, "Название года — как 2027/2028.")
  .refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, "Второй год должен быть следующим за первым.");

export const studyYearSchema = range({ name: yearName });
export const newStudyYearSchema = studyYearSchema;

export const PERIOD_KINDS = { QUARTER: "четверть", TRIMESTER: "триместр", HALF: "полугодие" } as const;
export const PERIOD_COUNT = { QUARTER: 4, TRIMESTER: 3, HALF: 2 } as const;

export const periodSchema = range({
  yearId: z.string().min(1, "Выберите учебный год.").max(64, "Выберите учебный год."),
  kind: z.enum(Object.values(PeriodKind), { message: "Выберите вид периода." }),
  number: z.coerce.number({ message: "Укажите номер." }).int().min(1, "Номер от 1.").max(4, "Номер до 4."),
}).refine((v) => v.number <= PERIOD_COUNT[v.kind], { path: ["number"], message: "Столько периодов такого вида не бывает." });

export const holidaySchema = range({
  yearId: z.string().min(1, "Выберите учебный год.").max(64, "Выберите учебный год."),
  name: z.string().trim().min(2, "Укажите название, например «Осенние каникулы».").max(100),
});

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Время — как 08:30.");
const isBlank = (b: unknown) => !(b as { startsAt?: string })?.startsAt && !(b as { endsAt?: string })?.endsAt;
/** The form offers spare rows for more lessons: blank rows at the end (after the first) are dropped. */
const withoutSpareRows = (rows: unknown) => {
  if (!Array.isArray(rows)) return rows;
  const kept = [...rows];
  while (kept.length > 1 && isBlank(kept.at(-1))) kept.pop();
  return kept;
};
export const bellsSchema = z.object({
  bells: z.preprocess(
    withoutSpareRows,
    z
      .array(
        z
          .object({ startsAt: time, endsAt: time })
          .refine((b) => b.startsAt < b.endsAt, { path: ["endsAt"], message: "Урок кончается раньше начала." }),
      )
      .min(1, "Нужен хотя бы один урок.")
      .max(12),
  ),
});

// Editing and removal (ADM-1): the same fields and rules as creation, plus the record's id.
const recordId = z.string().min(1, "Не найдено.").max(64, "Не найдено.");
export const studyYearEditSchema = range({ id: recordId, name: yearName });
/** A period keeps its kind and number (they make its name); its dates move. */
export const periodEditSchema = range({ id: recordId });
export const holidayEditSchema = range({
  id: recordId,
  name: z.string().trim().min(2, "Укажите название, например «Осенние каникулы».").max(100),
});
export const removeSchema = z.object({ id: recordId });
export const removeBellSchema = z.object({ number: z.coerce.number().int().min(1).max(12) });
