// The journal grid of one assignment for one study period: lessons as columns, students as
// rows, marks and attendance in the cells, with the expected marks (PLN-2) and the period and
// year marks (GRD-4). Scoped to the viewer's school and to journals they may read; a substitute
// gets only the lessons they taught, without the targets and the period and year marks.
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { findReadableAssignment, seesWholeJournal, studentsWhere } from "@/lib/data/journal-access";
import { timetableDates } from "@/lib/journal/calendar";
import { formatCell, type AbsenceKind } from "@/lib/marks/cell";
import { weightedAverage, type AveragedMark } from "@/lib/marks/average";
import { inRange } from "@/lib/journal/calendar";
import { toIsoDate, todayIn, type IsoDate } from "@/lib/time/dates";
import { shortName } from "@/lib/names";

export type JournalKindName = "MAIN" | "HOMEWORK" | "EXTRA";

export type GridLesson = {
  id: string;
  date: IsoDate;
  number: number;
  topic: string | null;
  workType: string;
  weight: number;
  mayWrite: boolean;
  homework: {
    id: string;
    text: string;
    explanation: string | null;
    acceptsSubmissions: boolean;
    files: { id: string; name: string }[];
  } | null;
  submissions: { fileId: string; name: string; studentId: string }[];
};

export type GridStudent = {
  id: string;
  name: string;
  expected: number | null;
  average: number | null;
  periodMark: string | null;
  yearMark: string | null;
  /** lessonId → the cell's text */
  cells: Record<string, string>;
  comments: Record<string, string>;
};

export async function getJournalGrid(viewer: Viewer, assignmentId: string, periodId: string | undefined, journalParam: string | undefined) {
  const a = await findReadableAssignment(viewer, assignmentId);
  if (!a) return null;
  const journal: JournalKindName =
    a.journal === "EXTRA" ? "EXTRA" : journalParam === "HOMEWORK" && a.keepsHomeworkJournal ? "HOMEWORK" : "MAIN";

  const year = await prisma.studyYear.findUniqueOrThrow({
    where: { id: a.yearId },
    relationLoadStrategy: "join",
    select: {
      periods: { orderBy: { startDate: "asc" }, select: { id: true, name: true, startDate: true, endDate: true } },
      holidays: { select: { name: true, startDate: true, endDate: true } },
    },
  });
  const periods = year.periods.map((p) => ({ id: p.id, name: p.name, startDate: toIsoDate(p.startDate), endDate: toIsoDate(p.endDate) }));
  const today = todayIn(viewer.school.timezone);
  const period = periods.find((p) => p.id === periodId) ?? periods.find((p) => inRange(today, p)) ?? periods.at(-1);
  if (!period || (periodId && period.id !== periodId)) return null;
  const range = { gte: new Date(`${period.startDate}T00:00:00Z`), lte: new Date(`${period.endDate}T00:00:00Z`) };

  const [lessons, students, slots, expected, finals] = await Promise.all([
    prisma.lesson.findMany({
      where: { assignmentId: a.id, date: range, ...(seesWholeJournal(a) ? {} : { teacherId: viewer.userId }) },
      relationLoadStrategy: "join",
      orderBy: [{ date: "asc" }, { number: "asc" }],
      select: {
        id: true,
        date: true,
        number: true,
        topic: true,
        workType: true,
        weight: true,
        teacherId: true,
        marks: { where: { journal }, select: { studentId: true, value: true, weight: true, comment: true } },
        attendance: { select: { studentId: true, kind: true, minutesLate: true } },
        homework: {
          orderBy: { createdAt: "asc" },
          take: 1,
          select: {
            id: true,
            text: true,
            explanation: true,
            acceptsSubmissions: true,
            files: { select: { file: { select: { id: true, name: true } } } },
            submissions: { select: { studentId: true, file: { select: { id: true, name: true } } } },
          },
        },
      },
    }),
    prisma.user.findMany({
      where: { schoolId: viewer.school.id, ...studentsWhere(a) },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: { id: true, lastName: true, firstName: true, middleName: true },
    }),
    prisma.timetableSlot.findMany({
      where: { assignmentId: a.id },
      select: { weekday: true, lessonNumber: true, validFrom: true, validTo: true },
    }),
    // The class's targets and the period and year marks are the owner's: a substitute sees
    // only the lessons they taught (lib/data/journal-access.ts).
    seesWholeJournal(a)
      ? prisma.expectedMark.findMany({ where: { subjectId: a.subjectId, yearId: a.yearId }, select: { studentId: true, value: true } })
      : [],
    seesWholeJournal(a)
      ? prisma.finalMark.findMany({
          where: { subjectId: a.subjectId, yearId: a.yearId, OR: [{ kind: "PERIOD", periodId: period.id }, { kind: "YEAR" }] },
          select: { studentId: true, kind: true, value: true },
        })
      : [],
  ]);

  const holidays = year.holidays.map((h) => ({ name: h.name, startDate: toIsoDate(h.startDate), endDate: toIsoDate(h.endDate) }));
  const existing = new Set(lessons.map((l) => `${toIsoDate(l.date)}#${l.number}`));
  const missing = a.isOwner
    ? timetableDates(
        period,
        holidays,
        slots.map((s) => ({ ...s, validFrom: s.validFrom && toIsoDate(s.validFrom), validTo: s.validTo && toIsoDate(s.validTo) })),
      ).filter((d) => !existing.has(`${d.date}#${d.number}`))
    : [];

  const expectedBy = new Map(expected.map((e) => [e.studentId, e.value]));
  const gridStudents: GridStudent[] = students.map((s) => {
    const cells: Record<string, string> = {};
    const comments: Record<string, string> = {};
    const counted: AveragedMark[] = [];
    for (const l of lessons) {
      const mark = l.marks.find((m) => m.studentId === s.id);
      const att = journal === "HOMEWORK" ? undefined : l.attendance.find((x) => x.studentId === s.id);
      const text = formatCell(mark?.value ?? null, att ? { kind: att.kind as AbsenceKind, minutesLate: att.minutesLate } : null);
      if (text) cells[l.id] = text;
      if (mark?.comment) comments[l.id] = mark.comment;
      if (mark) counted.push({ value: mark.value, weight: mark.weight });
    }
    return {
      id: s.id,
      name: shortName(s),
      expected: expectedBy.get(s.id) ?? null,
      average: weightedAverage(counted),
      periodMark: finals.find((f) => f.studentId === s.id && f.kind === "PERIOD")?.value ?? null,
      yearMark: finals.find((f) => f.studentId === s.id && f.kind === "YEAR")?.value ?? null,
      cells,
      comments,
    };
  });

  const gridLessons: GridLesson[] = lessons.map((l) => {
    const hw = l.homework[0];
    return {
      id: l.id,
      date: toIsoDate(l.date),
      number: l.number,
      topic: l.topic,
      workType: l.workType,
      weight: l.weight,
      mayWrite: a.isOwner || l.teacherId === viewer.userId,
      homework: hw
        ? {
            id: hw.id,
            text: hw.text,
            explanation: hw.explanation,
            acceptsSubmissions: hw.acceptsSubmissions,
            files: hw.files.map((f) => f.file),
          }
        : null,
      submissions: hw ? hw.submissions.map((s) => ({ fileId: s.file.id, name: s.file.name, studentId: s.studentId })) : [],
    };
  });

  const title = [a.subject.name, a.class ? `${a.class.grade}${a.class.letter}` : null, a.group?.name].filter(Boolean).join(" · ");
  return { assignment: a, title, journal, periods, period, lessons: gridLessons, students: gridStudents, missing, today };
}

export type JournalGrid = NonNullable<Awaited<ReturnType<typeof getJournalGrid>>>;
