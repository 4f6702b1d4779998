// The school calendar of the demo: study years, quarters, holidays and school days.
// Days are whole numbers (days since 1970-01-01, UTC), so that date arithmetic stays exact;
// `toDbDate` turns one into the UTC midnight that a `@db.Date` column expects.

export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

export function dayFromDate(d: Date): Day {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) / MS_PER_DAY;
}

export function toDbDate(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

export function isoOf(day: Day): string {
  return toDbDate(day).toISOString().slice(0, 10);
}

/** «01.10» */
export function shortRu(day: Day): string {
  const [, m, d] = isoOf(day).split("-");
  return `${d}.${m}`;
}

/** 1 = Monday … 7 = Sunday (1 January 1970 was a Thursday). */
export function weekdayOf(day: Day): number {
  return ((day + 3) % 7) + 1;
}

export function partsOf(day: Day): { year: number; month: number; date: number } {
  const d = toDbDate(day);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** A moment on a school day, given as Moscow wall-clock time (UTC+3 all year). */
export function moscowMoment(day: Day, hour: number, minute = 0): Date {
  return new Date(day * MS_PER_DAY + ((hour - 3) * 60 + minute) * 60_000);
}

/** Today's date in Europe/Moscow. */
export function moscowToday(now: Date = new Date()): Day {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Moscow",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return dayOf(get("year"), get("month"), get("day"));
}

function fridayOnOrBefore(day: Day): Day {
  const wd = weekdayOf(day);
  return wd >= 5 ? day - (wd - 5) : day - (wd + 2);
}

function mondayOnOrAfter(day: Day): Day {
  const wd = weekdayOf(day);
  return wd === 1 ? day : day + (8 - wd);
}

/** A weekday stays; a Saturday or Sunday moves to the Monday after (as the law moves days off). */
function weekdayOrNextMonday(day: Day): Day {
  return weekdayOf(day) <= 5 ? day : mondayOnOrAfter(day);
}

export type PeriodSpec = { number: number; name: string; start: Day; end: Day };
export type HolidaySpec = { name: string; start: Day; end: Day };

export type YearCalendar = {
  /** The calendar year in which the study year starts (2026 for «2026/2027»). */
  startYear: number;
  name: string;
  start: Day;
  end: Day;
  periods: PeriodSpec[];
  holidays: HolidaySpec[];
};

/** The study year that holds `today`: before 1 September it is the one that began last year. */
export function studyYearStartFor(today: Day): number {
  const { year, month } = partsOf(today);
  return month >= 9 ? year : year - 1;
}

/** Typical Russian quarters with autumn, winter and spring holidays between them. */
export function buildYearCalendar(startYear: number): YearCalendar {
  const y = startYear;
  const q1End = fridayOnOrBefore(dayOf(y, 10, 25));
  const q2Start = q1End + 10; // nine days of autumn holidays, Saturday to Sunday
  const dec28 = dayOf(y, 12, 28);
  const q2End = weekdayOf(dec28) <= 5 ? dec28 : fridayOnOrBefore(dec28);
  const q3Start = mondayOnOrAfter(dayOf(y + 1, 1, 9));
  const q3End = fridayOnOrBefore(dayOf(y + 1, 3, 21));
  const q4Start = q3End + 10;
  const may26 = dayOf(y + 1, 5, 26);
  const q4End = weekdayOf(may26) <= 5 ? may26 : fridayOnOrBefore(may26);

  const periods: PeriodSpec[] = [
    { number: 1, name: "1 четверть", start: dayOf(y, 9, 1), end: q1End },
    { number: 2, name: "2 четверть", start: q2Start, end: q2End },
    { number: 3, name: "3 четверть", start: q3Start, end: q3End },
    { number: 4, name: "4 четверть", start: q4Start, end: q4End },
  ];
  const holidays: HolidaySpec[] = [
    { name: "Осенние каникулы", start: q1End + 1, end: q2Start - 1 },
    { name: "Зимние каникулы", start: q2End + 1, end: q3Start - 1 },
    { name: "Весенние каникулы", start: q3End + 1, end: q4Start - 1 },
  ];
  const publicDays: [string, number, number, number][] = [
    ["День народного единства", y, 11, 4],
    ["День защитника Отечества", y + 1, 2, 23],
    ["Международный женский день", y + 1, 3, 8],
    ["Праздник Весны и Труда", y + 1, 5, 1],
    ["День Победы", y + 1, 5, 9],
  ];
  for (const [name, yy, mm, dd] of publicDays) {
    const day = weekdayOrNextMonday(dayOf(yy, mm, dd));
    if (!holidays.some((h) => day >= h.start && day <= h.end)) holidays.push({ name, start: day, end: day });
  }
  holidays.sort((a, b) => a.start - b.start);
  return {
    startYear: y,
    name: `${y}/${y + 1}`,
    start: dayOf(y, 9, 1),
    end: dayOf(y + 1, 8, 31),
    periods,
    holidays,
  };
}

/** Monday to Friday inside a quarter and outside every holiday. */
export function isSchoolDay(cal: YearCalendar, day: Day): boolean {
  if (weekdayOf(day) > 5) return false;
  if (!cal.periods.some((p) => day >= p.start && day <= p.end)) return false;
  return !cal.holidays.some((h) => day >= h.start && day <= h.end);
}

/** All school days of the year, in order. */
export function schoolDaysOf(cal: YearCalendar): Day[] {
  const days: Day[] = [];
  const last = cal.periods[cal.periods.length - 1].end;
  for (let d = cal.start; d <= last; d++) if (isSchoolDay(cal, d)) days.push(d);
  return days;
}

export function periodOf(cal: YearCalendar, day: Day): PeriodSpec | undefined {
  return cal.periods.find((p) => day >= p.start && day <= p.end);
}
