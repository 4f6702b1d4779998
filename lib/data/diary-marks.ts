// Reads of the diary's mark tables (GRD-1 main journal, GRD-2 homework journal, GRD-3 extra
// education) and of the study periods they are cut by. One query per table: assignments of the
// active child with their lessons, the child's marks and absences joined in.
import "server-only";
import { prisma } from "@/lib/db";
import type { ChildRef } from "@/lib/auth/viewer";
import { childAssignmentsWhere } from "@/lib/data/diary";
import { weightedAverage } from "@/lib/grades/average";
import { fromIsoDate, toIsoDate, type IsoDate } from "@/lib/time/dates";
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

/** The child's subjects of one journal with the lessons, marks and absences between two dates. */
export async function getMarksTable(
  schoolId: string,
  child: ChildRef,
  journal: JournalTable,
  from: IsoDate,
  to: IsoDate,
): Promise<SubjectRow[]> {
  const assignments = await prisma.teachingAssignment.findMany({
    where: {
      ...childAssignmentsWhere(schoolId, child),
      journal: journal === "EXTRA" ? "EXTRA" : "MAIN",
      ...(journal === "HOMEWORK" ? { keepsHomeworkJournal: true } : {}),
    },
    relationLoadStrategy: "join",
    orderBy: { subject: { name: "asc" } },
    select: {
      subject: { select: { name: true } },
      group: { select: { name: true } },
      teacher: { select: { lastName: true, firstName: true, middleName: true } },
      lessons: {
        where: { date: { gte: fromIsoDate(from), lte: fromIsoDate(to) } },
        orderBy: [{ date: "asc" }, { number: "asc" }],
        select: {
          date: true,
          topic: true,
          marks: {
            where: { studentId: child.id, journal },
            select: { value: true, weight: true, workType: true, comment: true },
          },
          attendance: { where: { studentId: child.id }, select: { kind: true } },
        },
      },
    },
  });
  return assignments.map((a) => {
    const lessons: TableLesson[] = a.lessons.map((l) => {
      const date = toIsoDate(l.date);
      return {
        date,
        topic: l.topic,
        absence: l.attendance[0]?.kind ?? null,
        marks: l.marks.map((m) => ({ date, ...m })),
      };
    });
    const marks = lessons.flatMap((l) => l.marks);
    return {
      subject: journal === "EXTRA" && a.group ? a.group.name : a.subject.name,
      teacher: shortName(a.teacher),
      lessons,
      marks,
      average: weightedAverage(marks),
      absences: lessons.filter((l) => l.absence && l.absence !== "LATE").length,
    };
  });
}
