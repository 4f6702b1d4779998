// Reads of the diary's mark tables (GRD-1 main journal, GRD-2 homework journal, GRD-3 extra
// education) and of the study periods they are cut by. One query per table: assignments of the
// active child with their lessons, the child's marks and absences joined in.
import "server-only";
import { prisma } from "@/lib/db";
import type { ChildRef } from "@/lib/auth/viewer";
import { Prisma } from "@/generated/prisma/client";
import { childAssignmentsSql } from "@/lib/access/child-lessons";
import { weightedAverage } from "@/lib/marks/average";
import { toIsoDate, todayIn, type IsoDate } from "@/lib/time/dates";
import { shortName } from "@/lib/names";

export type StudyPeriodRef = { id: string; name: string; from: IsoDate; to: IsoDate };

/** The current year's periods (quarters, trimesters or halves), in order. */
export async function getStudyPeriods(schoolId: string): Promise<StudyPeriodRef[]> {
  const rows = await prisma.studyPeriod.findMany({
    where: { schoolId, year: { isCurrent: true } },
    orderBy: { startDate: "asc" },
    select: { id: true, name: true, startDate: true, endDate: true },
  });
  return rows.map((p) => ({ id: p.id, name: p.name, from: toIsoDate(p.startDate), to: toIsoDate(p.endDate) }));
}

/** The wanted period when it is one of ours; else the one holding today (or the last begun). */
export function choosePeriod(periods: StudyPeriodRef[], wanted: string | undefined, today: IsoDate): StudyPeriodRef | null {
  return (
    periods.find((p) => p.id === wanted) ??
    periods.find((p) => p.from <= today && today <= p.to) ??
    [...periods].reverse().find((p) => p.from <= today) ??
    periods[0] ??
    null
  );
}

/** The school's periods and the one a diary page shows (`?period=`, else today's). */
export async function getChosenPeriod(school: { id: string; timezone: string }, wanted: string | undefined) {
  const periods = await getStudyPeriods(school.id);
  return { periods, period: choosePeriod(periods, wanted, todayIn(school.timezone)) };
}

export type TableMark = { date: IsoDate; value: string; weight: number; workType: string; comment: string | null };
export type TableLesson = { date: IsoDate; topic: string | null; absence: string | null; marks: TableMark[] };
export type SubjectRow = {
  subject: string;
  teacher: string;
  lessons: TableLesson[];
  marks: TableMark[];
  average: number | null;
  /** Absences (GRD-3 shows them beside the marks). */
  absences: number;
};

export type JournalTable = "MAIN" | "HOMEWORK" | "EXTRA";

type AssignmentRow = {
  subject: string;
  group: string | null;
  teacher: { lastName: string; firstName: string; middleName: string | null };
  lessons: { date: IsoDate; topic: string | null; absence: string | null; marks: Omit<TableMark, "date">[] }[];
};

/** The child's subjects of one journal with the lessons, marks and absences between two dates. */
export async function getMarksTable(
  schoolId: string,
  child: ChildRef,
  journal: JournalTable,
  from: IsoDate,
  to: IsoDate,
): Promise<SubjectRow[]> {
  // Hand-written (ADR 0006): the nested Prisma query's compilation cost more CPU than the query.
  const [{ assignments }] = await prisma.$queryRaw<{ assignments: AssignmentRow[] }[]>`
    SELECT coalesce(json_agg(json_build_object(
        'subject', s.name,
        'group', g.name,
        'teacher', json_build_object('lastName', t."lastName", 'firstName', t."firstName", 'middleName', t."middleName"),
        'lessons', (SELECT coalesce(json_agg(json_build_object(
            'date', l.date,
            'topic', l.topic,
            'absence', (SELECT at.kind FROM "Attendance" at WHERE at."lessonId" = l.id AND at."studentId" = ${child.id}),
            'marks', (SELECT coalesce(json_agg(json_build_object('value', m.value, 'weight', m.weight, 'workType', m."workType", 'comment', m.comment)), '[]')
                        FROM "Mark" m WHERE m."lessonId" = l.id AND m."studentId" = ${child.id} AND m.journal = ${journal}::"JournalKind")
          ) ORDER BY l.date, l.number), '[]')
          FROM "Lesson" l WHERE l."assignmentId" = ta.id AND l.date BETWEEN ${from}::date AND ${to}::date)
      ) ORDER BY s.name, ta.id), '[]') AS assignments
    FROM "TeachingAssignment" ta
    JOIN "StudyYear" y ON y.id = ta."yearId"
    JOIN "Subject" s ON s.id = ta."subjectId"
    JOIN "User" t ON t.id = ta."teacherId"
    LEFT JOIN "StudyGroup" g ON g.id = ta."groupId"
    WHERE ${childAssignmentsSql(schoolId, child)}
      AND ta.journal = ${journal === "EXTRA" ? "EXTRA" : "MAIN"}::"JournalKind"
      ${journal === "HOMEWORK" ? Prisma.sql`AND ta."keepsHomeworkJournal"` : Prisma.empty}`;
  return assignments.map((a) => {
    const lessons: TableLesson[] = a.lessons.map((l) => ({ ...l, marks: l.marks.map((m) => ({ date: l.date, ...m })) }));
    const marks = lessons.flatMap((l) => l.marks);
    return {
      subject: journal === "EXTRA" && a.group ? a.group : a.subject,
      teacher: shortName(a.teacher),
      lessons,
      marks,
      average: weightedAverage(marks),
      absences: lessons.filter((l) => l.absence && l.absence !== "LATE").length,
    };
  });
}

/** A marks page's data (GRD-1/2/3, print, export): the periods, the chosen one and its table. */
export async function loadMarksTable(
  school: { id: string; timezone: string },
  child: ChildRef,
  journal: JournalTable,
  wanted: string | undefined,
) {
  const { periods, period } = await getChosenPeriod(school, wanted);
  const rows = period ? await getMarksTable(school.id, child, journal, period.from, period.to) : [];
  return { periods, period, rows };
}
