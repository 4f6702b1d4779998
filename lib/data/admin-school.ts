// ADM-1 reads: the school's years with periods and holidays, and its bells.
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { toIsoDate } from "@/lib/time/dates";

export async function getSchoolCalendar(viewer: Viewer) {
  const schoolId = viewer.school.id;
  const [years, bells] = await Promise.all([
    prisma.studyYear.findMany({
      where: { schoolId },
      orderBy: { startDate: "desc" },
      relationLoadStrategy: "join",
      select: {
        id: true,
        name: true,
        startDate: true,
        endDate: true,
        isCurrent: true,
        periods: { orderBy: { startDate: "asc" }, select: { id: true, name: true, startDate: true, endDate: true } },
        holidays: { orderBy: { startDate: "asc" }, select: { id: true, name: true, startDate: true, endDate: true } },
        _count: { select: { classes: true } },
      },
    }),
    prisma.bell.findMany({ where: { schoolId }, orderBy: { number: "asc" }, select: { number: true, startsAt: true, endsAt: true } }),
  ]);
  const range = (r: { startDate: Date; endDate: Date }) => ({ start: toIsoDate(r.startDate), end: toIsoDate(r.endDate) });
  return {
    years: years.map((y) => ({
      id: y.id,
      name: y.name,
      isCurrent: y.isCurrent,
      classes: y._count.classes,
      ...range(y),
      periods: y.periods.map((p) => ({ id: p.id, name: p.name, ...range(p) })),
      holidays: y.holidays.map((h) => ({ id: h.id, name: h.name, ...range(h) })),
    })),
    bells,
  };
}
