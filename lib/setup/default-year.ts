// ADM-5: the default study year a new school is offered — the usual Russian calendar of quarters
// or trimesters with autumn, winter and spring holidays and 45-minute lessons. It is the demo
// seed's calendar (prisma/seed/calendar.ts) and bells (prisma/seed/school-base.ts), as ISO dates.
import { buildYearCalendar, dayOf, isoOf, type Day } from "@/prisma/seed/calendar";
import { BELLS } from "@/prisma/seed/school-base";

export type YearKind = "QUARTER" | "TRIMESTER";

export type DefaultYear = {
  name: string;
  startDate: string;
  endDate: string;
  kind: YearKind;
  periods: { startDate: string; endDate: string }[];
  holidays: { name: string; startDate: string; endDate: string }[];
};

/** The study year that is running or starts next: from June on, the one beginning this September. */
export function defaultStartYear(today: Date = new Date()): number {
  return today.getUTCMonth() >= 5 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
}

const span = (start: Day, end: Day) => ({ startDate: isoOf(start), endDate: isoOf(end) });

export function defaultYear(startYear: number, kind: YearKind): DefaultYear {
  const cal = buildYearCalendar(startYear);
  const holidays = cal.holidays.map((h) => ({ name: h.name, ...span(h.start, h.end) }));
  const q = cal.periods;
  // Trimesters: autumn to the end of November, winter to the end of February, spring to the
  // end of the last quarter; the holidays stay where they are (inside the trimesters).
  const periods =
    kind === "QUARTER"
      ? q.map((p) => span(p.start, p.end))
      : [
          span(q[0].start, dayOf(startYear, 11, 30)),
          span(dayOf(startYear, 12, 1), dayOf(startYear + 1, 2, 28)),
          span(dayOf(startYear + 1, 3, 1), q[3].end),
        ];
  return { name: cal.name, ...span(cal.start, cal.end), kind, periods, holidays };
}

/** Seven lessons of 45 minutes, as in the demo school (its eighth row is for afternoon groups). */
export function defaultBells(): { startsAt: string; endsAt: string }[] {
  return BELLS.slice(0, 7).map(([startsAt, endsAt]) => ({ startsAt, endsAt }));
}
