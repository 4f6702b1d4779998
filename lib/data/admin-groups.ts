// GRD-3 reads for /admin/groups: the school's afternoon groups with their teacher, timetable and
// members, the classes to pick students from, and the teachers. The curator's school only.
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { shortName } from "@/lib/names";
import { AFTERNOON_KINDS, type AfternoonKind } from "@/lib/validations/admin-groups";

export type GroupRow = {
  id: string;
  name: string;
  kind: AfternoonKind;
  teacherId: string;
  teacher: string;
  weekdays: number[];
  lessonNumber: number | null;
  lessons: number;
  members: { id: string; name: string; classLabel: string }[];
};

export async function getAfternoonGroups(viewer: Viewer): Promise<GroupRow[]> {
  const groups = await prisma.studyGroup.findMany({
    where: {
      schoolId: viewer.school.id,
      classId: null,
      kind: { in: [...AFTERNOON_KINDS] },
      assignments: { some: { year: { isCurrent: true } } },
    },
    orderBy: { name: "asc" },
    relationLoadStrategy: "join",
    select: {
      id: true,
      name: true,
      kind: true,
      assignments: {
        take: 1,
        select: {
          teacher: { select: { id: true, lastName: true, firstName: true, middleName: true } },
          slots: { select: { weekday: true, lessonNumber: true } },
          _count: { select: { lessons: true } },
        },
      },
      members: {
        select: {
          student: {
            select: {
              id: true,
              lastName: true,
              firstName: true,
              middleName: true,
              memberships: {
                where: { class: { year: { isCurrent: true } } },
                take: 1,
                select: { class: { select: { grade: true, letter: true } } },
              },
            },
          },
        },
      },
    },
  });
  return groups.map((g) => {
    const a = g.assignments[0];
    return {
      id: g.id,
      name: g.name,
      kind: g.kind as AfternoonKind,
      teacherId: a?.teacher.id ?? "",
      teacher: a ? shortName(a.teacher) : "—",
      weekdays: [...new Set(a?.slots.map((s) => s.weekday) ?? [])].sort(),
      lessonNumber: a?.slots[0]?.lessonNumber ?? null,
      lessons: a?._count.lessons ?? 0,
      members: g.members
        .map((m) => {
          const c = m.student.memberships[0]?.class;
          return { id: m.student.id, name: shortName(m.student), classLabel: c ? `${c.grade}${c.letter}` : "" };
        })
        .sort((x, y) => x.name.localeCompare(y.name, "ru")),
    };
  });
}

export type ClassPick = { id: string; label: string; students: { id: string; name: string }[] };

/** The current year's classes with their students, to enrol from. */
export async function getClassesToPick(viewer: Viewer): Promise<ClassPick[]> {
  const classes = await prisma.schoolClass.findMany({
    where: { schoolId: viewer.school.id, year: { isCurrent: true } },
    orderBy: [{ grade: "asc" }, { letter: "asc" }],
    relationLoadStrategy: "join",
    select: {
      id: true,
      grade: true,
      letter: true,
      memberships: { select: { student: { select: { id: true, lastName: true, firstName: true, middleName: true } } } },
    },
  });
  return classes.map((c) => ({
    id: c.id,
    label: `${c.grade}${c.letter}`,
    students: c.memberships
      .map((m) => ({ id: m.student.id, name: shortName(m.student) }))
      .sort((x, y) => x.name.localeCompare(y.name, "ru")),
  }));
}

export async function getTeachers(viewer: Viewer) {
  const ts = await prisma.user.findMany({
    where: { schoolId: viewer.school.id, roles: { some: { role: { in: ["TEACHER", "HEAD_TEACHER", "DIRECTOR"] } } } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, lastName: true, firstName: true, middleName: true },
  });
  return ts.map((t) => ({ value: t.id, label: shortName(t) }));
}
