// Whether a lesson may exist on a date: inside a study period, not on a holiday, on the weekday
// of one of the assignment's timetable slots. Pure; dates are IsoDate strings.
import { weekdayOf, type IsoDate } from "@/lib/time/dates";

export type DateRange = { startDate: IsoDate; endDate: IsoDate };
export type Slot = { weekday: number; lessonNumber: number; validFrom: IsoDate | null; validTo: IsoDate | null };

export function inRange(date: IsoDate, r: DateRange): boolean {
  return date >= r.startDate && date <= r.endDate;
}

/** A Russian message when a lesson cannot be on `date` with `number`, else null. */
export function lessonDateProblem(
  date: IsoDate,
  number: number,
  periods: DateRange[],
  holidays: (DateRange & { name: string })[],
  slots: Slot[],
): string | null {
  if (!periods.some((p) => inRange(date, p))) return "Эта дата не входит ни в один учебный период.";
  const holiday = holidays.find((h) => inRange(date, h));
  if (holiday) return `Эта дата приходится на каникулы или выходной: «${holiday.name}».`;
  const weekday = weekdayOf(date);
  const fits = slots.some(
    (s) => s.weekday === weekday && s.lessonNumber === number && (!s.validFrom || date >= s.validFrom) && (!s.validTo || date <= s.validTo),
  );
  if (!fits) return "В расписании нет этого урока в этот день.";
  return null;
}

/** The timetable's lesson dates of a period (holidays skipped), in order. */
export function timetableDates(period: DateRange, holidays: DateRange[], slots: Slot[]): { date: IsoDate; number: number }[] {
  const out: { date: IsoDate; number: number }[] = [];
  const start = new Date(`${period.startDate}T00:00:00Z`);
  const end = new Date(`${period.endDate}T00:00:00Z`);
  for (let d = start; d <= end; d = new Date(d.getTime() + 86_400_000)) {
    const date = d.toISOString().slice(0, 10);
    if (holidays.some((h) => inRange(date, h))) continue;
    const weekday = weekdayOf(date);
    for (const s of slots) {
      if (s.weekday !== weekday) continue;
      if ((s.validFrom && date < s.validFrom) || (s.validTo && date > s.validTo)) continue;
      out.push({ date, number: s.lessonNumber });
    }
  }
  return out.sort((a, b) => (a.date === b.date ? a.number - b.number : a.date < b.date ? -1 : 1));
}
