// Reads of accounts: one's own profile and settings, and the curator's people and invite lists,
// always within the viewer's school.
import "server-only";
import { scheduleViewOf, type ScheduleView } from "@/lib/validations/accounts";
import type { Prisma } from "@/generated/prisma/client";
import { PEOPLE_PAGE_SIZE, type PeopleQuery } from "@/lib/validations/admin-people";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { maskSnils } from "@/lib/validations/snils";

const currentClass = {
  where: { class: { year: { isCurrent: true } } },
  select: { class: { select: { grade: true, letter: true } } },
} as const;

function classLabel(m: { class: { grade: number; letter: string } }[]): string | null {
  const c = m[0]?.class;
  return c ? `${c.grade}${c.letter}` : null;
}

export async function getOwnProfile(viewer: Viewer) {
  const u = await prisma.user.findUniqueOrThrow({
    where: { id: viewer.userId },
    select: {
      lastName: true,
      firstName: true,
      middleName: true,
      email: true,
      emailConfirmedAt: true,
      snils: true,
      vkUrl: true,
      login: true,
    },
  });
  return { ...u, snils: u.snils ? maskSnils(u.snils) : null, emailConfirmed: u.emailConfirmedAt !== null };
}

export async function getOwnSettings(viewer: Viewer) {
  return prisma.user.findUniqueOrThrow({
    where: { id: viewer.userId },
    select: {
      startPage: true,
      copyMessagesToEmail: true,
      messageSignature: true,
      scheduleView: true,
      markReadFromEmail: true,
      email: true,
      emailConfirmedAt: true,
    },
  });
}

export async function listClasses(viewer: Viewer) {
  const rows = await prisma.schoolClass.findMany({
    where: { schoolId: viewer.school.id, year: { isCurrent: true } },
    orderBy: [{ grade: "asc" }, { letter: "asc" }],
    select: {
      id: true,
      grade: true,
      letter: true,
      memberships: {
        select: { student: { select: { id: true, lastName: true, firstName: true } } },
        orderBy: [{ student: { lastName: "asc" } }, { student: { firstName: "asc" } }],
      },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    label: `${c.grade}${c.letter}`,
    students: c.memberships.map((m) => ({ id: m.student.id, name: `${m.student.lastName} ${m.student.firstName}` })),
  }));
}

export type InviteState = "active" | "used" | "revoked" | "expired";

export async function listInvites(viewer: Viewer, opts: { state?: InviteState | "all"; take?: number } = {}) {
  const now = new Date();
  const stateWhere =
    opts.state === "used"
      ? { usedAt: { not: null } }
      : opts.state === "revoked"
        ? { revokedAt: { not: null }, usedAt: null }
        : opts.state === "expired"
          ? { usedAt: null, revokedAt: null, expiresAt: { lte: now } }
          : opts.state === "active"
            ? { usedAt: null, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] }
            : {};
  const rows = await prisma.inviteCode.findMany({
    where: { schoolId: viewer.school.id, ...stateWhere },
    orderBy: { createdAt: "desc" },
    take: opts.take ?? 200,
    select: { id: true, role: true, studentId: true, createdAt: true, expiresAt: true, usedAt: true, revokedAt: true, usedById: true },
  });
  const ids = [...new Set(rows.flatMap((r) => [r.studentId, r.usedById].filter((x): x is string => Boolean(x))))];
  const people = await prisma.user.findMany({
    where: { id: { in: ids }, schoolId: viewer.school.id },
    select: { id: true, lastName: true, firstName: true, login: true, memberships: currentClass },
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  return rows.map((r) => {
    const s = byId.get(r.studentId);
    const state: InviteState = r.usedAt ? "used" : r.revokedAt ? "revoked" : r.expiresAt && r.expiresAt <= now ? "expired" : "active";
    return {
      id: r.id,
      role: r.role,
      studentName: s ? `${s.lastName} ${s.firstName}` : "—",
      classLabel: s ? classLabel(s.memberships) : null,
      createdAt: r.createdAt,
      expiresAt: r.expiresAt,
      state,
      usedByLogin: r.usedById ? (byId.get(r.usedById)?.login ?? null) : null,
    };
  });
}

/** The curator's people table: the school's people, filtered, sorted and paged on the server. */
export async function searchPeople(viewer: Viewer, query: PeopleQuery) {
  const words = query.q.split(/\s+/).filter(Boolean).slice(0, 3);
  const where: Prisma.UserWhereInput = {
    schoolId: viewer.school.id,
    deletedAt: null,
    ...(query.role ? { roles: { some: { role: query.role } } } : {}),
    AND: words.map((w) => ({
      OR: [
        { lastName: { contains: w, mode: "insensitive" as const } },
        { firstName: { contains: w, mode: "insensitive" as const } },
        { login: { contains: w.toLowerCase() } },
      ],
    })),
  };
  const orderBy: Prisma.UserOrderByWithRelationInput[] =
    query.sort === "login"
      ? [{ login: { sort: query.dir, nulls: "last" } }, { lastName: "asc" }]
      : [{ lastName: query.dir }, { firstName: query.dir }, { id: "asc" }];
  const [total, rows] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({
      where,
      orderBy,
      skip: (query.page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
      relationLoadStrategy: "join",
      select: {
        id: true,
        lastName: true,
        firstName: true,
        middleName: true,
        login: true,
        roles: { select: { role: true } },
        memberships: currentClass,
      },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)),
    rows: rows.map((r) => ({
      id: r.id,
      name: [r.lastName, r.firstName, r.middleName].filter(Boolean).join(" "),
      login: r.login,
      roles: r.roles.map((x) => x.role),
      classLabel: classLabel(r.memberships),
    })),
  };
}

export type PersonRow = Awaited<ReturnType<typeof searchPeople>>["rows"][number];

/** One person of the curator's school, or null (another school's person looks missing). */
export async function getPerson(viewer: Viewer, id: string) {
  const r = await prisma.user.findFirst({
    where: { id, schoolId: viewer.school.id, deletedAt: null },
    relationLoadStrategy: "join",
    select: {
      id: true,
      lastName: true,
      firstName: true,
      middleName: true,
      login: true,
      email: true,
      emailConfirmedAt: true,
      mustChangePassword: true,
      registeredAt: true,
      roles: { select: { role: true } },
      memberships: currentClass,
      children: { select: { child: { select: { id: true, lastName: true, firstName: true, memberships: currentClass } } } },
      parents: { select: { parent: { select: { id: true, lastName: true, firstName: true, login: true } } } },
    },
  });
  if (!r) return null;
  return {
    ...r,
    roles: r.roles.map((x) => x.role),
    classLabel: classLabel(r.memberships),
    children: r.children.map((l) => ({
      id: l.child.id,
      name: `${l.child.lastName} ${l.child.firstName}`,
      classLabel: classLabel(l.child.memberships),
    })),
    parents: r.parents.map((l) => ({ id: l.parent.id, name: `${l.parent.lastName} ${l.parent.firstName}`, login: l.parent.login })),
  };
}

/** The viewer's chosen form of the timetable (ACC-8), read by «Расписание». */
export async function getOwnScheduleView(viewer: Viewer): Promise<ScheduleView> {
  const u = await prisma.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { scheduleView: true } });
  return scheduleViewOf(u.scheduleView);
}
