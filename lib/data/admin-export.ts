// The school's people for the curator's .xlsx export (ADM-3): never hashes or tokens.
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { rolesLabel } from "@/lib/access/roles";
import { fullName } from "@/lib/names";

export async function getPeopleForExport(viewer: Viewer) {
  const users = await prisma.user.findMany({
    where: { schoolId: viewer.school.id },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    relationLoadStrategy: "join",
    select: {
      lastName: true,
      firstName: true,
      middleName: true,
      birthDate: true,
      email: true,
      login: true,
      registeredAt: true,
      roles: { select: { role: true } },
      memberships: { where: { class: { year: { isCurrent: true } } }, select: { class: { select: { grade: true, letter: true } } } },
      children: { select: { child: { select: { lastName: true, firstName: true, middleName: true } } } },
    },
  });
  // birthDate is a `date` column: a UTC midnight, which the writer shows as that day.
  return users.map((u) => ({
    name: fullName(u),
    roles: rolesLabel(u.roles.map((r) => r.role)),
    classes: u.memberships.map((m) => `${m.class.grade}${m.class.letter}`).join(", "),
    birthDate: u.birthDate,
    email: u.email ?? "",
    login: u.login ?? "",
    registered: u.registeredAt ? "да" : "нет",
    children: u.children.map((c) => fullName(c.child)).join(", "),
  }));
}
