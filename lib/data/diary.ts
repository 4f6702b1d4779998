// Reads of the family's diary: the days of a child (lessons, homework, marks, absences) and
// their latest marks. Every read takes the viewer's child, resolved and checked by the viewer.
import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { ChildRef } from "@/lib/auth/viewer";
import { addDays, daysBetween, fromIsoDate, toIsoDate, weekdayOf, type IsoDate } from "@/lib/time/dates";
import { shortName } from "@/lib/names";

/** The assignments (subjects taught) whose lessons a child attends this year. */
export function childAssignmentsWhere(schoolId: string, child: ChildRef): Prisma.TeachingAssignmentWhereInput {
  const or: Prisma.TeachingAssignmentWhereInput[] = [];
  if (child.classId) or.push({ classId: child.classId, groupId: null });
  if (child.groupIds.length) or.push({ groupId: { in: child.groupIds } });
  if (or.length === 0) return { id: { in: [] } };
  return { schoolId, year: { isCurrent: true }, OR: or };
}

export type DiaryMark = { value: string; comment: string | null; workType: string; weight: number };

export type DiaryHomework = { id: string; text: string; explanation: string | null; acceptsSubmissions: boolean };

export type DiaryEntry = {
  /** null for a lesson known only from the timetable (it has not taken place yet) */
  lessonId: string | null;
  number: number;
  startsAt: string | null;
  endsAt: string | null;
  subject: string;
  teacher: string;
  room: string | null;
  topic: string | null;
  workType: string | null;
  homework: DiaryHomework[];
  marks: DiaryMark[];
  absence: { kind: string; minutesLate: number | null } | null;
};

export type DiaryDay = { date: IsoDate; holiday: string | null; entries: DiaryEntry[] };

/**
 * The child's days from `from` to `to` inclusive. Past days show the lessons that took place;
 * today and later days also show the timetable's lessons that have no lesson record yet.
 */
export async function getDiaryDays(
  schoolId: string,
  child: ChildRef,
  from: IsoDate,
  to: IsoDate,
  today: IsoDate,
): Promise<DiaryDay[]> {
  const assignment = childAssignmentsWhere(schoolId, child);
  const range = { gte: fromIsoDate(from), lte: fromIsoDate(to) };

  const [lessons, slots, homework, school] = await Promise.all([
    prisma.lesson.findMany({
      where: { schoolId, date: range, assignment },
      relationLoadStrategy: "join",
      orderBy: [{ date: "asc" }, { number: "asc" }],
      select: {
        id: true,
        date: true,
        number: true,
        topic: true,
        room: true,
        workType: true,
        assignmentId: true,
        assignment: { select: { subject: { select: { name: true } } } },
        teacher: { select: { lastName: true, firstName: true, middleName: true } },
        marks: {
          where: { studentId: child.id, journal: { in: ["MAIN", "EXTRA"] } },
          select: { value: true, comment: true, workType: true, weight: true },
        },
        attendance: { where: { studentId: child.id }, select: { kind: true, minutesLate: true } },
      },
    }),
    prisma.timetableSlot.findMany({
      where: { schoolId, assignment },
      relationLoadStrategy: "join",
      select: {
        weekday: true,
        lessonNumber: true,
        room: true,
        assignmentId: true,
        assignment: {
          select: {
            subject: { select: { name: true } },
            teacher: { select: { lastName: true, firstName: true, middleName: true } },
          },
        },
      },
    }),
    prisma.homework.findMany({
      where: { schoolId, dueDate: range, lesson: { assignment } },
      relationLoadStrategy: "join",
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        text: true,
        explanation: true,
        acceptsSubmissions: true,
        dueDate: true,
        lesson: { select: { assignmentId: true, assignment: { select: { subject: { select: { name: true } } } } } },
      },
    }),
    prisma.school.findUniqueOrThrow({
      where: { id: schoolId },
      relationLoadStrategy: "join",
      select: {
        bells: { select: { number: true, startsAt: true, endsAt: true } },
        studyYears: {
          where: { isCurrent: true },
          select: { holidays: { select: { name: true, startDate: true, endDate: true } } },
        },
      },
    }),
  ]);

  const bells = new Map(school.bells.map((b) => [b.number, b]));
  const holidays = school.studyYears.flatMap((y) => y.holidays);
  const days: DiaryDay[] = [];

  for (let i = 0; i <= daysBetween(from, to); i++) {
    const date = addDays(from, i);
    const holiday =
      holidays.find((h) => toIsoDate(h.startDate) <= date && date <= toIsoDate(h.endDate))?.name ?? null;
    const entries: (DiaryEntry & { assignmentId: string })[] = lessons
      .filter((l) => toIsoDate(l.date) === date)
      .map((l) => ({
        lessonId: l.id,
        assignmentId: l.assignmentId,
        number: l.number,
        startsAt: bells.get(l.number)?.startsAt ?? null,
        endsAt: bells.get(l.number)?.endsAt ?? null,
        subject: l.assignment.subject.name,
        teacher: shortName(l.teacher),
        room: l.room,
        topic: l.topic,
        workType: l.workType,
        homework: [],
        marks: l.marks,
        absence: l.attendance[0] ?? null,
      }));
    if (date >= today && !holiday && weekdayOf(date) <= 6) {
      for (const s of slots) {
        if (s.weekday !== weekdayOf(date)) continue;
        if (entries.some((e) => e.assignmentId === s.assignmentId && e.number === s.lessonNumber)) continue;
        entries.push({
          lessonId: null,
          assignmentId: s.assignmentId,
          number: s.lessonNumber,
          startsAt: bells.get(s.lessonNumber)?.startsAt ?? null,
          endsAt: bells.get(s.lessonNumber)?.endsAt ?? null,
          subject: s.assignment.subject.name,
          teacher: shortName(s.assignment.teacher),
          room: s.room,
          topic: null,
          workType: null,
          homework: [],
          marks: [],
          absence: null,
        });
      }
    }
    entries.sort((a, b) => a.number - b.number);
    for (const hw of homework.filter((h) => toIsoDate(h.dueDate) === date)) {
      const target = entries.find((e) => e.assignmentId === hw.lesson.assignmentId);
      const item = { id: hw.id, text: hw.text, explanation: hw.explanation, acceptsSubmissions: hw.acceptsSubmissions };
      if (target) target.homework.push(item);
      else
        entries.push({
          lessonId: null,
          assignmentId: hw.lesson.assignmentId,
          number: 0,
          startsAt: null,
          endsAt: null,
          subject: hw.lesson.assignment.subject.name,
          teacher: "",
          room: null,
          topic: null,
          workType: null,
          homework: [item],
          marks: [],
          absence: null,
        });
    }
    days.push({ date, holiday, entries: entries.map(({ assignmentId: _a, ...e }) => e) });
  }
  return days;
}

export type RecentMark = DiaryMark & { date: IsoDate; subject: string };

export async function getRecentMarks(schoolId: string, child: ChildRef, take = 10): Promise<RecentMark[]> {
  const rows = await prisma.mark.findMany({
    where: { schoolId, studentId: child.id, journal: "MAIN" },
    relationLoadStrategy: "join",
    orderBy: [{ lesson: { date: "desc" } }, { createdAt: "desc" }],
    take,
    select: {
      value: true,
      comment: true,
      workType: true,
      weight: true,
      lesson: { select: { date: true, assignment: { select: { subject: { select: { name: true } } } } } },
    },
  });
  return rows.map((m) => ({
    value: m.value,
    comment: m.comment,
    workType: m.workType,
    weight: m.weight,
    date: toIsoDate(m.lesson.date),
    subject: m.lesson.assignment.subject.name,
  }));
}

/** The next school day after `date` (Sunday is skipped). */
export function nextSchoolDay(date: IsoDate): IsoDate {
  const next = addDays(date, 1);
  return weekdayOf(next) === 7 ? addDays(next, 1) : next;
}
