// GRD-6 for the staff: the current year's milestones of the viewer's school, newest first.
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { toIsoDate } from "@/lib/time/dates";

export async function getSchoolMilestones(viewer: Viewer) {
  const rows = await prisma.milestone.findMany({
    where: { schoolId: viewer.school.id, year: { isCurrent: true } },
    orderBy: { date: "desc" },
    select: { id: true, date: true, name: true, _count: { select: { results: true } } },
  });
  return rows.map((m) => ({ id: m.id, date: toIsoDate(m.date), name: m.name, results: m._count.results }));
}
