// Calendar dates of the school day. A date is a "YYYY-MM-DD" string in the app; PostgreSQL
// `date` columns arrive as UTC midnights and are converted at the edge (toIsoDate/fromIsoDate).

export type IsoDate = string;

export function toIsoDate(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

export function fromIsoDate(s: IsoDate): Date {
  // Years 1000–9998 only: a week or period around them stays a four-digit date (?week=0000-01-01).
  if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(s) || s >= "9999") throw new Error(`Not a date: ${s}`);
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || toIsoDate(d) !== s) throw new Error(`Not a date: ${s}`);
  return d;
}

export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== "string") return false;
  try {
    fromIsoDate(s);
    return true;
  } catch {
    return false;
  }
}

/** Today in the school's time zone (a school day starts at local midnight, not UTC). */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

export function addDays(s: IsoDate, days: number): IsoDate {
  const d = fromIsoDate(s);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(s: IsoDate): number {
  const day = fromIsoDate(s).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week that holds the date. */
export function weekStart(s: IsoDate): IsoDate {
  return addDays(s, 1 - weekdayOf(s));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((fromIsoDate(to).getTime() - fromIsoDate(from).getTime()) / 86_400_000);
}

const dayMonth = new Intl.DateTimeFormat("ru-RU", { day: "numeric", month: "long", timeZone: "UTC" });
const weekdayLong = new Intl.DateTimeFormat("ru-RU", { weekday: "long", timeZone: "UTC" });
const shortDate = new Intl.DateTimeFormat("ru-RU", { day: "2-digit", month: "2-digit", timeZone: "UTC" });
const fullDate = new Intl.DateTimeFormat("ru-RU", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** «30 ноября» */
export function formatDayMonth(s: IsoDate): string {
  return dayMonth.format(fromIsoDate(s));
}

/** «понедельник» */
export function formatWeekday(s: IsoDate): string {
  return weekdayLong.format(fromIsoDate(s));
}

/** «30.11» */
export function formatShortDate(s: IsoDate): string {
  return shortDate.format(fromIsoDate(s));
}

/** «30 ноября 2026 г.» */
export function formatFullDate(s: IsoDate): string {
  return fullDate.format(fromIsoDate(s));
}
