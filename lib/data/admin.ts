// Reads of the curator's area, always scoped to the curator's school.
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";

export async function getSchoolOverview(viewer: Viewer) {
  const schoolId = viewer.school.id;
  const [year, classes, students, staff, parents] = await Promise.all([
    prisma.studyYear.findFirst({
      where: { schoolId, isCurrent: true },
      select: { name: true, periods: { select: { name: true, startDate: true, endDate: true }, orderBy: { number: "asc" } } },
    }),
    prisma.schoolClass.count({ where: { schoolId, year: { isCurrent: true } } }),
    prisma.user.count({ where: { schoolId, roles: { some: { role: "STUDENT" } } } }),
    prisma.user.count({ where: { schoolId, roles: { some: { role: { in: ["TEACHER", "HEAD_TEACHER", "DIRECTOR", "SPECIALIST"] } } } } }),
    prisma.user.count({ where: { schoolId, roles: { some: { role: "PARENT" } } } }),
  ]);
  return { year, classes, students, staff, parents };
}
