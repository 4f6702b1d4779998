// Reads of the staff area, always scoped to the viewer's school and own assignments.
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";

export async function getMyAssignments(viewer: Viewer) {
  return prisma.teachingAssignment.findMany({
    where: { schoolId: viewer.school.id, teacherId: viewer.userId, year: { isCurrent: true } },
    relationLoadStrategy: "join",
    orderBy: [{ journal: "asc" }, { subject: { name: "asc" } }],
    select: {
      id: true,
      journal: true,
      subject: { select: { name: true } },
      class: { select: { grade: true, letter: true } },
      group: { select: { name: true } },
      _count: { select: { lessons: true } },
    },
  });
}

export async function getClassesLed(viewer: Viewer) {
  return prisma.schoolClass.findMany({
    where: { schoolId: viewer.school.id, classTeacherId: viewer.userId, year: { isCurrent: true } },
    select: { id: true, grade: true, letter: true, _count: { select: { memberships: true } } },
    orderBy: [{ grade: "asc" }, { letter: "asc" }],
  });
}
