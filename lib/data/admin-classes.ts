// ADM-2 reads: classes of the current year, one class with its students and load, subjects,
// staff, and a class's week timetable. Always the curator's school only.
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { fullName, shortName } from "@/lib/names";

export type ClassRow = { id: string; label: string; grade: number; teacher: string; students: number };

export async function getClasses(viewer: Viewer, sort: { by: "grade" | "students"; dir: "asc" | "desc" }): Promise<ClassRow[]> {
  const classes = await prisma.schoolClass.findMany({
    where: { schoolId: viewer.school.id, year: { isCurrent: true } },
    orderBy:
      sort.by === "students" ? [{ memberships: { _count: sort.dir } }, { grade: "asc" }] : [{ grade: sort.dir }, { letter: sort.dir }],
    relationLoadStrategy: "join",
    select: {
      id: true,
      grade: true,
      letter: true,
      classTeacher: { select: { lastName: true, firstName: true, middleName: true } },
      _count: { select: { memberships: true } },
    },
  });
  return classes.map((c) => ({
    id: c.id,
    label: `${c.grade}${c.letter}`,
    grade: c.grade,
    teacher: c.classTeacher ? shortName(c.classTeacher) : "—",
    students: c._count.memberships,
  }));
}

/** One class of the curator's school, or null (the page answers 404). */
export async function getClassDetail(viewer: Viewer, classId: string) {
  const c = await prisma.schoolClass.findFirst({
    where: { id: classId, schoolId: viewer.school.id },
    relationLoadStrategy: "join",
    select: {
      id: true,
      grade: true,
      letter: true,
      classTeacherId: true,
      year: { select: { name: true, isCurrent: true } },
      classTeacher: { select: { lastName: true, firstName: true, middleName: true } },
      memberships: { select: { student: { select: { id: true, lastName: true, firstName: true, middleName: true, birthDate: true } } } },
      assignments: {
        select: {
          id: true,
          journal: true,
          keepsHomeworkJournal: true,
          subjectId: true,
          teacherId: true,
          subject: { select: { name: true } },
          teacher: { select: { lastName: true, firstName: true, middleName: true } },
          group: { select: { name: true } },
        },
      },
    },
  });
  if (!c) return null;
  return {
    ...c,
    label: `${c.grade}${c.letter}`,
    students: c.memberships
      .map((m) => ({ id: m.student.id, name: fullName(m.student) }))
      .sort((a, b) => a.name.localeCompare(b.name, "ru")),
    assignments: c.assignments
      .map((a) => ({
        id: a.id,
        subjectId: a.subjectId,
        teacherId: a.teacherId,
        subject: a.subject.name,
        teacher: shortName(a.teacher),
        group: a.group?.name ?? null,
        journal: a.journal,
        keepsHomeworkJournal: a.keepsHomeworkJournal,
      }))
      .sort((a, b) => a.subject.localeCompare(b.subject, "ru")),
  };
}

export async function getSubjects(viewer: Viewer) {
  return prisma.subject.findMany({
    where: { schoolId: viewer.school.id },
    orderBy: { name: "asc" },
    select: { id: true, name: true, shortName: true },
  });
}

export async function getStaff(viewer: Viewer) {
  const staff = await prisma.user.findMany({
    where: {
      schoolId: viewer.school.id,
      roles: { some: { role: { in: ["TEACHER", "HEAD_TEACHER", "DIRECTOR", "SPECIALIST", "CURATOR"] } } },
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: {
      id: true,
      lastName: true,
      firstName: true,
      middleName: true,
      roles: { select: { role: true, specialistKind: true } },
      _count: { select: { assignments: { where: { year: { isCurrent: true } } } } },
    },
  });
  return staff.map((s) => ({
    id: s.id,
    name: fullName(s),
    short: shortName(s),
    roles: s.roles.filter((r) => r.role !== "PARENT" && r.role !== "STUDENT").map((r) => r.role),
    specialistKind: s.roles.find((r) => r.specialistKind)?.specialistKind ?? null,
    assignments: s._count.assignments,
  }));
}

/** A class's week: slots of the class's assignments (its groups included), for the grid. */
export async function getClassTimetable(viewer: Viewer, classId: string) {
  const cls = await prisma.schoolClass.findFirst({
    where: { id: classId, schoolId: viewer.school.id },
    select: { id: true, grade: true, letter: true },
  });
  if (!cls) return null;
  const [slots, assignments] = await Promise.all([
    prisma.timetableSlot.findMany({
      where: { schoolId: viewer.school.id, assignment: { classId: cls.id } },
      orderBy: [{ weekday: "asc" }, { lessonNumber: "asc" }],
      relationLoadStrategy: "join",
      select: {
        id: true,
        weekday: true,
        lessonNumber: true,
        room: true,
        assignment: {
          select: {
            subject: { select: { name: true } },
            teacher: { select: { lastName: true, firstName: true, middleName: true } },
            group: { select: { name: true } },
          },
        },
      },
    }),
    prisma.teachingAssignment.findMany({
      where: { schoolId: viewer.school.id, classId: cls.id },
      select: {
        id: true,
        subject: { select: { name: true } },
        teacher: { select: { lastName: true, firstName: true, middleName: true } },
        group: { select: { name: true } },
      },
    }),
  ]);
  return {
    label: `${cls.grade}${cls.letter}`,
    slots: slots.map((s) => ({
      id: s.id,
      weekday: s.weekday,
      lessonNumber: s.lessonNumber,
      room: s.room,
      subject: s.assignment.subject.name,
      teacher: shortName(s.assignment.teacher),
      group: s.assignment.group?.name ?? null,
    })),
    assignments: assignments
      .map((a) => ({ value: a.id, label: `${a.subject.name}${a.group ? ` (${a.group.name})` : ""} — ${shortName(a.teacher)}` }))
      .sort((a, b) => a.label.localeCompare(b.label, "ru")),
  };
}
