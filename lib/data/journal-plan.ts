// The journal's planning reads: exam and final attestation marks (GRD-4) of one assignment's
// students, for its teacher and the head teacher (lib/data/journal-access.ts), the head
// teacher's list of journals, and the timetable's future lessons a teacher may plan (PLN-4).
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { findAttestationAssignment, studentsWhere, type JournalAssignment } from "@/lib/data/journal-access";
import { inRange, timetableDates } from "@/lib/journal/calendar";
import { shortName } from "@/lib/names";
import { addDays, toIsoDate, todayIn, type IsoDate } from "@/lib/time/dates";

export type AttestationRow = { id: string; name: string; marks: Record<string, { value: string; date: IsoDate | null }> };

export async function getAttestation(viewer: Viewer, assignmentId: string) {
  const a = await findAttestationAssignment(viewer, assignmentId);
  if (!a) return null;
  const [students, marks] = await Promise.all([
    prisma.user.findMany({
      where: { schoolId: viewer.school.id, ...studentsWhere(a) },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: { id: true, lastName: true, firstName: true, middleName: true },
    }),
    prisma.finalMark.findMany({
      where: { schoolId: viewer.school.id, subjectId: a.subjectId, yearId: a.yearId, kind: { in: ["EXAM", "FINAL"] } },
      select: { studentId: true, kind: true, value: true, date: true },
    }),
  ]);
  const rows: AttestationRow[] = students.map((s) => ({
    id: s.id,
    name: shortName(s),
    marks: Object.fromEntries(
      marks.filter((m) => m.studentId === s.id).map((m) => [m.kind, { value: m.value, date: m.date && toIsoDate(m.date) }]),
    ),
  }));
  const title = [a.subject.name, a.class ? `${a.class.grade}${a.class.letter}` : null, a.group?.name].filter(Boolean).join(" · ");
  return { assignmentId: a.id, title, isOwner: a.teacherId === viewer.userId, rows, today: todayIn(viewer.school.timezone) };
}

/** Every journal of this year for the head teacher, to reach its exam marks. */
export async function getAttestationJournals(viewer: Viewer) {
  if (!viewer.roles.includes("HEAD_TEACHER")) return null;
  const rows = await prisma.teachingAssignment.findMany({
    where: { schoolId: viewer.school.id, year: { isCurrent: true }, journal: { not: "EXTRA" } },
    relationLoadStrategy: "join",
    select: {
      id: true,
      subject: { select: { name: true } },
      class: { select: { grade: true, letter: true } },
      group: { select: { name: true } },
    },
  });
  return rows
    .map((r) => ({
      id: r.id,
      class: r.class ? `${r.class.grade}${r.class.letter}` : "",
      grade: r.class?.grade ?? 0,
      title: [r.subject.name, r.group?.name].filter(Boolean).join(" · "),
    }))
    .sort((x, y) => x.grade - y.grade || x.class.localeCompare(y.class, "ru") || x.title.localeCompare(y.title, "ru"));
}

/** How far ahead a teacher may plan lessons: about a term. */
const PLAN_DAYS = 70;

/** The timetable's lessons after today (within PLAN_DAYS) that have no record yet, in order. */
export async function getPlannableLessons(
  viewer: Viewer,
  a: Pick<JournalAssignment, "id" | "yearId">,
): Promise<{ date: IsoDate; number: number }[]> {
  const today = todayIn(viewer.school.timezone);
  const window = { startDate: addDays(today, 1), endDate: addDays(today, PLAN_DAYS) };
  const [year, slots, lessons] = await Promise.all([
    prisma.studyYear.findUniqueOrThrow({
      where: { id: a.yearId },
      relationLoadStrategy: "join",
      select: { periods: { select: { startDate: true, endDate: true } }, holidays: { select: { startDate: true, endDate: true } } },
    }),
    prisma.timetableSlot.findMany({
      where: { assignmentId: a.id },
      select: { weekday: true, lessonNumber: true, validFrom: true, validTo: true },
    }),
    prisma.lesson.findMany({
      where: { assignmentId: a.id, date: { gte: new Date(`${window.startDate}T00:00:00Z`), lte: new Date(`${window.endDate}T00:00:00Z`) } },
      select: { date: true, number: true },
    }),
  ]);
  const range = (r: { startDate: Date; endDate: Date }) => ({ startDate: toIsoDate(r.startDate), endDate: toIsoDate(r.endDate) });
  const periods = year.periods.map(range);
  const existing = new Set(lessons.map((l) => `${toIsoDate(l.date)}#${l.number}`));
  return timetableDates(
    window,
    year.holidays.map(range),
    slots.map((s) => ({ ...s, validFrom: s.validFrom && toIsoDate(s.validFrom), validTo: s.validTo && toIsoDate(s.validTo) })),
  ).filter((d) => periods.some((p) => inRange(d.date, p)) && !existing.has(`${d.date}#${d.number}`));
}
