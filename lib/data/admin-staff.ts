// ADM-6 reads: the curator's staff list with registration state, and the students a staff
// member's own child is chosen from. Always the curator's school only.
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { fullName } from "@/lib/names";
import { STAFF_CODE_ROLES } from "@/lib/accounts/invite-codes";

export async function getStaffAccounts(viewer: Viewer) {
  const rows = await prisma.user.findMany({
    where: { schoolId: viewer.school.id, deletedAt: null, roles: { some: { role: { in: [...STAFF_CODE_ROLES] } } } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    select: {
      id: true,
      lastName: true,
      firstName: true,
      middleName: true,
      login: true,
      email: true,
      roles: { select: { role: true, specialistKind: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: fullName(r),
    login: r.login,
    email: r.email,
    roles: r.roles.map((x) => x.role),
    specialistKind: r.roles.find((x) => x.specialistKind)?.specialistKind ?? null,
  }));
}

/** Students of the current year's classes, for choosing a staff member's own child. */
export async function getStudentChoices(viewer: Viewer) {
  const rows = await prisma.classMembership.findMany({
    where: { schoolId: viewer.school.id, class: { year: { isCurrent: true } }, student: { deletedAt: null } },
    orderBy: [
      { class: { grade: "asc" } },
      { class: { letter: "asc" } },
      { student: { lastName: "asc" } },
      { student: { firstName: "asc" } },
    ],
    select: {
      student: { select: { id: true, lastName: true, firstName: true, middleName: true } },
      class: { select: { grade: true, letter: true } },
    },
  });
  return rows.map((r) => ({ value: r.student.id, label: `${r.class.grade}${r.class.letter} — ${fullName(r.student)}` }));
}
