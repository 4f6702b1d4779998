// Reads of the family's diary: the days of a child (lessons, homework, marks, absences) and
// their latest marks. Every read takes the viewer's child, resolved and checked by the viewer.
import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import type { ChildRef } from "@/lib/auth/viewer";
import { childAssignmentsSql } from "@/lib/access/child-lessons";
import { addDays, daysBetween, toIsoDate, weekdayOf, type IsoDate } from "@/lib/time/dates";
import { shortName } from "@/lib/names";

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

export type DiaryFile = { id: string; name: string; size: number };
/** A homework's files: the teacher's, and the ones the student handed in (STU-3). */
export type HomeworkFiles = { teacher: DiaryFile[]; submitted: DiaryFile[] };

export type DiaryRange = {
  days: DiaryDay[];
  /** Teachers' remarks in the range, when asked for (parents only: FBK-1, ACC-10). */
  remarks: { date: IsoDate; text: string }[];
  /** Homework ids this family has complained about (STU-2: the icon turns red). */
  complained: Set<string>;
  /** Files of the range's homework that has any (teacher's, or handed in by `submissionsOf`). */
  files: Map<string, HomeworkFiles>;
};

type Person = { lastName: string; firstName: string; middleName: string | null };
type RangeRow = {
  remarks: { date: IsoDate; text: string }[];
  bells: { number: number; startsAt: string; endsAt: string }[];
  holidays: { name: string; startDate: IsoDate; endDate: IsoDate }[];
  assignments: {
    id: string;
    subject: string;
    teacher: Person;
    slots: { weekday: number; lessonNumber: number; room: string | null }[];
    lessons: {
      id: string;
      date: IsoDate;
      number: number;
      topic: string | null;
      room: string | null;
      workType: string;
      teacher: Person;
      marks: DiaryMark[];
      absence: { kind: string; minutesLate: number | null } | null;
      homework: (DiaryHomework & { dueDate: IsoDate; complained: boolean; files: DiaryFile[]; submitted: DiaryFile[] })[];
    }[];
  }[];
};

/**
 * The child's days from `from` to `to` inclusive, in one SQL statement. Past days show the
 * lessons that took place; today and later days also show the timetable's lessons that have no
 * lesson record yet. `submissionsOf` is the student whose handed-in files to include (only the
 * student themself reads them; parents pass null); `withRemarks` adds the teachers' remarks,
 * which only parents may read.
 *
 * This is the diary's hottest read, so it is hand-written SQL through `prisma.$queryRaw`
 * rather than a nested Prisma query: Prisma 6's query compiler spends ~15 ms of CPU on each
 * call of that nested query (ADR 0006). The JSON it returns mirrors RangeRow; the integration
 * tests compare it with the journal's writes.
 */
export async function getDiaryRange(
  schoolId: string,
  child: ChildRef,
  from: IsoDate,
  to: IsoDate,
  today: IsoDate,
  { submissionsOf = null, withRemarks = false }: { submissionsOf?: string | null; withRemarks?: boolean } = {},
): Promise<DiaryRange> {
  // A remark belongs to its lesson's date, or to the day it was written when it has no lesson:
  // that day in the school's time zone ("createdAt" is stored as UTC).
  const remarks = withRemarks
    ? Prisma.sql`(SELECT coalesce(json_agg(json_build_object('date', coalesce(l.date, r.day), 'text', r.text) ORDER BY r."createdAt"), '[]')
         FROM (SELECT r.*, (r."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE sc.timezone)::date AS day
                 FROM "Remark" r JOIN "School" sc ON sc.id = r."schoolId") r
         LEFT JOIN "Lesson" l ON l.id = r."lessonId"
        WHERE r."schoolId" = ${schoolId} AND r."studentId" = ${child.id} AND r.kind = 'REMARK'
          AND (l.date BETWEEN ${from}::date AND ${to}::date
               OR (r."lessonId" IS NULL AND r.day BETWEEN ${from}::date AND ${to}::date)))`
    : Prisma.sql`'[]'::json`;
  const [row] = await prisma.$queryRaw<RangeRow[]>`
    WITH a AS (
      SELECT ta.id, ta."teacherId", ta."subjectId"
      FROM "TeachingAssignment" ta JOIN "StudyYear" y ON y.id = ta."yearId"
      WHERE ${childAssignmentsSql(schoolId, child)}
    )
    SELECT
      ${remarks} AS remarks,
      (SELECT coalesce(json_agg(json_build_object('number', b.number, 'startsAt', b."startsAt", 'endsAt', b."endsAt")), '[]')
         FROM "Bell" b WHERE b."schoolId" = ${schoolId}) AS bells,
      (SELECT coalesce(json_agg(json_build_object('name', h.name, 'startDate', h."startDate", 'endDate', h."endDate")), '[]')
         FROM "Holiday" h JOIN "StudyYear" y ON y.id = h."yearId" AND y."isCurrent" WHERE y."schoolId" = ${schoolId}) AS holidays,
      (SELECT coalesce(json_agg(json_build_object(
          'id', a.id,
          'subject', s.name,
          'teacher', json_build_object('lastName', t."lastName", 'firstName', t."firstName", 'middleName', t."middleName"),
          'slots', (SELECT coalesce(json_agg(json_build_object('weekday', ts.weekday, 'lessonNumber', ts."lessonNumber", 'room', ts.room)), '[]')
                      FROM "TimetableSlot" ts WHERE ts."assignmentId" = a.id),
          -- The range's lessons, and earlier lessons whose homework is due in the range.
          'lessons', (SELECT coalesce(json_agg(json_build_object(
              'id', l.id, 'date', l.date, 'number', l.number, 'topic', l.topic, 'room', l.room, 'workType', l."workType",
              'teacher', json_build_object('lastName', lt."lastName", 'firstName', lt."firstName", 'middleName', lt."middleName"),
              'marks', (SELECT coalesce(json_agg(json_build_object('value', m.value, 'comment', m.comment, 'workType', m."workType", 'weight', m.weight)), '[]')
                          FROM "Mark" m WHERE m."lessonId" = l.id AND m."studentId" = ${child.id} AND m.journal IN ('MAIN', 'EXTRA')),
              'absence', (SELECT json_build_object('kind', at.kind, 'minutesLate', at."minutesLate")
                            FROM "Attendance" at WHERE at."lessonId" = l.id AND at."studentId" = ${child.id}),
              'homework', (SELECT coalesce(json_agg(json_build_object(
                  'id', h.id, 'text', h.text, 'explanation', h.explanation, 'acceptsSubmissions', h."acceptsSubmissions", 'dueDate', h."dueDate",
                  'complained', EXISTS (SELECT 1 FROM "HomeworkComplaint" c WHERE c."homeworkId" = h.id AND c."studentId" = ${child.id}),
                  'files', (SELECT coalesce(json_agg(json_build_object('id', f.id, 'name', f.name, 'size', f.size) ORDER BY f."createdAt"), '[]')
                              FROM "HomeworkFile" hf JOIN "StoredFile" f ON f.id = hf."fileId" WHERE hf."homeworkId" = h.id),
                  -- Parents never see handed-in files (STU-3 is the student's own).
                  'submitted', (SELECT coalesce(json_agg(json_build_object('id', f.id, 'name', f.name, 'size', f.size) ORDER BY sf."createdAt"), '[]')
                              FROM "SubmissionFile" sf JOIN "StoredFile" f ON f.id = sf."fileId"
                              WHERE sf."homeworkId" = h.id AND sf."studentId" = ${submissionsOf})
                ) ORDER BY h."createdAt"), '[]')
                FROM "Homework" h WHERE h."lessonId" = l.id AND h."dueDate" BETWEEN ${from}::date AND ${to}::date)
            ) ORDER BY l.date, l.number), '[]')
            FROM "Lesson" l JOIN "User" lt ON lt.id = l."teacherId"
            WHERE l."assignmentId" = a.id
              AND (l.date BETWEEN ${from}::date AND ${to}::date
                   OR EXISTS (SELECT 1 FROM "Homework" h WHERE h."lessonId" = l.id AND h."dueDate" BETWEEN ${from}::date AND ${to}::date)))
        )), '[]')
        FROM a JOIN "Subject" s ON s.id = a."subjectId" JOIN "User" t ON t.id = a."teacherId") AS assignments`;

  const bells = new Map(row.bells.map((b) => [b.number, b]));
  const { holidays, assignments } = row;
  const complained = new Set<string>();
  const files = new Map<string, HomeworkFiles>();
  type Entry = DiaryEntry & { assignmentId: string };
  const byDate = new Map<IsoDate, Entry[]>();
  const homeworkByDate = new Map<IsoDate, { assignmentId: string; subject: string; item: DiaryHomework }[]>();
  const at = <T>(map: Map<IsoDate, T[]>, key: IsoDate) => map.get(key) ?? (map.set(key, []), map.get(key)!);

  for (const a of assignments) {
    for (const l of a.lessons) {
      const date = l.date;
      if (date >= from && date <= to)
        at(byDate, date).push({
          lessonId: l.id,
          assignmentId: a.id,
          number: l.number,
          startsAt: bells.get(l.number)?.startsAt ?? null,
          endsAt: bells.get(l.number)?.endsAt ?? null,
          subject: a.subject,
          teacher: shortName(l.teacher),
          room: l.room,
          topic: l.topic,
          workType: l.workType,
          homework: [],
          marks: l.marks,
          absence: l.absence,
        });
      for (const h of l.homework) {
        if (h.complained) complained.add(h.id);
        if (h.files.length || h.submitted.length) files.set(h.id, { teacher: h.files, submitted: h.submitted });
        at(homeworkByDate, h.dueDate).push({
          assignmentId: a.id,
          subject: a.subject,
          item: { id: h.id, text: h.text, explanation: h.explanation, acceptsSubmissions: h.acceptsSubmissions },
        });
      }
    }
  }

  const days: DiaryDay[] = [];
  for (let i = 0; i <= daysBetween(from, to); i++) {
    const date = addDays(from, i);
    const holiday = holidays.find((h) => h.startDate <= date && date <= h.endDate)?.name ?? null;
    const entries = byDate.get(date) ?? [];
    if (date >= today && !holiday && weekdayOf(date) <= 6) {
      for (const a of assignments) {
        for (const s of a.slots) {
          if (s.weekday !== weekdayOf(date)) continue;
          if (entries.some((e) => e.assignmentId === a.id && e.number === s.lessonNumber)) continue;
          entries.push({
            lessonId: null,
            assignmentId: a.id,
            number: s.lessonNumber,
            startsAt: bells.get(s.lessonNumber)?.startsAt ?? null,
            endsAt: bells.get(s.lessonNumber)?.endsAt ?? null,
            subject: a.subject,
            teacher: shortName(a.teacher),
            room: s.room,
            topic: null,
            workType: null,
            homework: [],
            marks: [],
            absence: null,
          });
        }
      }
    }
    entries.sort((x, y) => x.number - y.number);
    for (const hw of homeworkByDate.get(date) ?? []) {
      const target = entries.find((e) => e.assignmentId === hw.assignmentId);
      if (target) target.homework.push(hw.item);
      else
        entries.push({
          lessonId: null,
          assignmentId: hw.assignmentId,
          number: 0,
          startsAt: null,
          endsAt: null,
          subject: hw.subject,
          teacher: "",
          room: null,
          topic: null,
          workType: null,
          homework: [hw.item],
          marks: [],
          absence: null,
        });
    }
    days.push({ date, holiday, entries: entries.map(({ assignmentId: _a, ...e }) => e) });
  }
  return { days, remarks: row.remarks, complained, files };
}

/** The child's days from `from` to `to` inclusive (see getDiaryRange). */
export async function getDiaryDays(schoolId: string, child: ChildRef, from: IsoDate, to: IsoDate, today: IsoDate): Promise<DiaryDay[]> {
  return (await getDiaryRange(schoolId, child, from, to, today)).days;
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
