// The curator's shared rules (ADM-1, ADM-2), for creating, editing and removing: a record of the
// curator's school only, dates inside their year, periods that do not overlap, no orphaned data.
import "server-only";
import { NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import type { prisma } from "@/lib/db";
import { formatFullDate, toIsoDate } from "@/lib/time/dates";
import { countRu, pluralRu } from "@/lib/time/plural";

type Db = Pick<typeof prisma, "studyYear" | "studyPeriod">;

/** The year, only if it is the curator's school's. */
export async function yearOf(tx: Db, schoolId: string, yearId: string) {
  const year = await tx.studyYear.findFirst({
    where: { id: yearId, schoolId },
    select: { id: true, name: true, startDate: true, endDate: true },
  });
  if (!year) throw new UserError(NOT_FOUND_MESSAGE);
  return { ...year, start: toIsoDate(year.startDate), end: toIsoDate(year.endDate) };
}

export function insideYear(year: { name: string; start: string; end: string }, from: string, to: string) {
  if (from < year.start || to > year.end) {
    const m = `Даты должны быть внутри учебного года ${year.name}: ${formatFullDate(year.start)} — ${formatFullDate(year.end)}.`;
    throw new UserError(m, { startDate: [m] });
  }
}

/** Refuses dates that overlap another period of the year (`exceptId`: the period being edited). */
export async function noPeriodClash(tx: Db, yearId: string, from: string, to: string, exceptId?: string) {
  const others = await tx.studyPeriod.findMany({
    where: { yearId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true, kind: true, number: true, startDate: true, endDate: true },
  });
  const clash = others.find((p) => toIsoDate(p.startDate) <= to && from <= toIsoDate(p.endDate));
  if (clash) {
    const m = `Период пересекается с периодом «${clash.name}» (${formatFullDate(toIsoDate(clash.startDate))} — ${formatFullDate(toIsoDate(clash.endDate))}).`;
    throw new UserError(m, { startDate: [m] });
  }
  return others;
}

/**
 * Refuses when the timetable has lessons numbered `from`…`to` (the bells that go or move): their
 * bells must stay, and when one bell is removed the later ones move up a number.
 */
export async function bellsUnused(tx: Pick<typeof prisma, "timetableSlot">, schoolId: string, from: number, to: number) {
  const used = await tx.timetableSlot.groupBy({
    by: ["lessonNumber"],
    where: { schoolId, lessonNumber: { gte: from, lte: to }, assignment: { year: { isCurrent: true } } },
    _count: { _all: true },
    orderBy: { lessonNumber: "asc" },
  });
  if (!used.length) return;
  const entries = (n: number) => countRu(n, ["запись", "записи", "записей"]);
  const own = used.find((u) => u.lessonNumber === from);
  const later = used.filter((u) => u.lessonNumber !== from);
  const laterCount = later.reduce((n, u) => n + u._count._all, 0);
  const m = own
    ? `Нельзя удалить: ${from}-й урок стоит в расписании (${entries(own._count._all)}).`
    : `Нельзя удалить: сдвинутся номера уроков, стоящих в расписании: ${later.map((u) => `${u.lessonNumber}-й`).join(", ")} (${entries(laterCount)}).`;
  throw new UserError(m, { bells: [m] });
}

/**
 * Refuses a removal that would orphan data, naming it: «Нельзя удалить: в классе 5А 25 учеников
 * и 3 назначения нагрузки.» Counts of zero are left out; all zero passes.
 */
export function refusal(where: string, parts: [number, readonly [string, string, string]][]) {
  const named = parts.filter(([c]) => c > 0).map(([c, forms]) => `${c.toLocaleString("ru-RU")} ${pluralRu(c, forms)}`);
  if (named.length) throw new UserError(`Нельзя удалить: ${where} ${named.join(" и ")}.`);
}
