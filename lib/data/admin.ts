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

/** The school's profile and settings (ADM-1). */
export async function getSchoolProfile(viewer: Viewer) {
  return prisma.school.findUniqueOrThrow({
    where: { id: viewer.school.id },
    select: {
      name: true,
      shortName: true,
      address: true,
      publicUrl: true,
      timezone: true,
      personalNotesMode: true,
      parentsMayEditData: true,
      milestonesEnabled: true,
      paidServices: true,
    },
  });
}
