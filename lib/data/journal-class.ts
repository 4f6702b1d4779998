// The class teacher's overview (STF-2): each student's average per subject and absences for a
// period. Only the class teacher of that class reads it.
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { inRange } from "@/lib/journal/calendar";
import { weightedAverage } from "@/lib/marks/average";
import { shortName } from "@/lib/names";
import { toIsoDate, todayIn } from "@/lib/time/dates";

export async function getClassOverview(viewer: Viewer, classId: string, periodId: string | undefined) {
  const cls = await prisma.schoolClass.findFirst({
    where: { id: classId, schoolId: viewer.school.id, classTeacherId: viewer.userId, year: { isCurrent: true } },
    relationLoadStrategy: "join",
    select: {
      id: true,
      grade: true,
      letter: true,
      year: { select: { periods: { orderBy: { startDate: "asc" }, select: { id: true, name: true, startDate: true, endDate: true } } } },
      memberships: { select: { student: { select: { id: true, lastName: true, firstName: true, middleName: true } } } },
    },
  });
  if (!cls) return null;
  const periods = cls.year.periods.map((p) => ({
    id: p.id,
    name: p.name,
    startDate: toIsoDate(p.startDate),
    endDate: toIsoDate(p.endDate),
  }));
  const today = todayIn(viewer.school.timezone);
  const period = periods.find((p) => p.id === periodId) ?? periods.find((p) => inRange(today, p)) ?? periods.at(-1);
  if (!period || (periodId && period.id !== periodId)) return null;
  const students = cls.memberships
    .map((m) => m.student)
    .sort((a, b) => a.lastName.localeCompare(b.lastName, "ru") || a.firstName.localeCompare(b.firstName, "ru"));
  const ids = students.map((s) => s.id);
  const date = { gte: new Date(`${period.startDate}T00:00:00Z`), lte: new Date(`${period.endDate}T00:00:00Z`) };

  const [marks, absences] = await Promise.all([
    prisma.mark.findMany({
      where: { schoolId: viewer.school.id, studentId: { in: ids }, journal: "MAIN", lesson: { date } },
      relationLoadStrategy: "join",
      select: {
        studentId: true,
        value: true,
        weight: true,
        lesson: { select: { assignment: { select: { subject: { select: { name: true } } } } } },
      },
    }),
    prisma.attendance.groupBy({
      by: ["studentId", "kind"],
      where: { schoolId: viewer.school.id, studentId: { in: ids }, lesson: { date } },
      _count: { _all: true },
    }),
  ]);

  const subjects = [...new Set(marks.map((m) => m.lesson.assignment.subject.name))].sort((a, b) => a.localeCompare(b, "ru"));
  const rows = students.map((s) => {
    const own = marks.filter((m) => m.studentId === s.id);
    const averages = Object.fromEntries(
      subjects.map((subject) => [subject, weightedAverage(own.filter((m) => m.lesson.assignment.subject.name === subject))]),
    );
    const count = (kind: string) => absences.find((a) => a.studentId === s.id && a.kind === kind)?._count._all ?? 0;
    return {
      id: s.id,
      name: shortName(s),
      averages,
      absent: count("ABSENT"),
      ill: count("ILL"),
      excused: count("EXCUSED"),
      late: count("LATE"),
    };
  });
  return { label: `${cls.grade}${cls.letter}`, periods, period, subjects, rows };
}
