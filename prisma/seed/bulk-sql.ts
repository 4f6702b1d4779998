// A fast path for the seed's biggest tables. Prisma's createMany costs about 0.3 ms per row
// here (its query interpreter handles every value), which makes a school of a thousand students
// take minutes; one INSERT … SELECT FROM unnest($1::text[], …) per batch sends a handful of array
// parameters instead and is several times faster. The column lists are typed against Prisma's
// CreateManyInput, so a field added to or removed from the schema is a compile error here.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";

type PgType = "text" | "int" | "bool" | "date" | "timestamp" | "numeric" | `"${string}"`;
type Columns<T> = { [K in keyof Required<T>]: PgType };

const LESSON: Columns<Prisma.LessonCreateManyInput> = {
  id: "text",
  schoolId: "text",
  assignmentId: "text",
  date: "date",
  number: "int",
  topic: "text",
  room: "text",
  teacherId: "text",
  workType: '"WorkType"',
  weight: "int",
  createdAt: "timestamp",
  updatedAt: "timestamp",
};
const HOMEWORK: Columns<Prisma.HomeworkCreateManyInput> = {
  id: "text",
  schoolId: "text",
  lessonId: "text",
  dueDate: "date",
  text: "text",
  explanation: "text",
  acceptsSubmissions: "bool",
  createdAt: "timestamp",
  updatedAt: "timestamp",
};
const MARK: Columns<Prisma.MarkCreateManyInput> = {
  id: "text",
  schoolId: "text",
  lessonId: "text",
  studentId: "text",
  journal: '"JournalKind"',
  value: "text",
  numeric: "numeric",
  workType: '"WorkType"',
  weight: "int",
  comment: "text",
  authorId: "text",
  version: "int",
  createdAt: "timestamp",
  updatedAt: "timestamp",
};
const ATTENDANCE: Columns<Prisma.AttendanceCreateManyInput> = {
  id: "text",
  schoolId: "text",
  lessonId: "text",
  studentId: "text",
  kind: '"AbsenceKind"',
  minutesLate: "int",
  authorId: "text",
  createdAt: "timestamp",
  updatedAt: "timestamp",
};
const CONTROL_WORK_RESULT: Columns<Prisma.ControlWorkResultCreateManyInput> = {
  elementId: "text",
  studentId: "text",
  score: "int",
};
const FINAL_MARK: Columns<Prisma.FinalMarkCreateManyInput> = {
  id: "text",
  schoolId: "text",
  yearId: "text",
  periodId: "text",
  studentId: "text",
  subjectId: "text",
  kind: '"FinalMarkKind"',
  value: "text",
  date: "date",
  authorId: "text",
  createdAt: "timestamp",
  updatedAt: "timestamp",
};
const MILESTONE_RESULT: Columns<Prisma.MilestoneResultCreateManyInput> = {
  milestoneId: "text",
  studentId: "text",
  subjectId: "text",
  average: "numeric",
};

/** Tables written by the fast path: Prisma delegate name → SQL table and columns. */
export const FAST_TABLES: Record<string, { table: string; columns: Record<string, PgType> }> = {
  lesson: { table: "Lesson", columns: LESSON },
  homework: { table: "Homework", columns: HOMEWORK },
  mark: { table: "Mark", columns: MARK },
  attendance: { table: "Attendance", columns: ATTENDANCE },
  controlWorkResult: { table: "ControlWorkResult", columns: CONTROL_WORK_RESULT },
  finalMark: { table: "FinalMark", columns: FINAL_MARK },
  milestoneResult: { table: "MilestoneResult", columns: MILESTONE_RESULT },
};

function convert(value: unknown, type: PgType): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    // Never let the driver format a Date in the process's time zone.
    return type === "date" ? value.toISOString().slice(0, 10) : value.toISOString();
  }
  if (type === "numeric" && typeof value === "object") return String(value);
  return value;
}

/** Inserts one batch; only the columns the rows set are written (the others keep their defaults). */
export async function insertBatch(
  prisma: PrismaClient,
  spec: { table: string; columns: Record<string, PgType> },
  rows: Record<string, unknown>[],
): Promise<void> {
  const present = Object.keys(spec.columns).filter((c) => rows.some((r) => r[c] !== undefined));
  const arrays = present.map((c) => rows.map((r) => convert(r[c], spec.columns[c])));
  const cast = (t: PgType) => (t === "timestamp" ? "timestamp(3)" : t === "int" ? "integer" : t === "bool" ? "boolean" : t);
  const sql =
    `INSERT INTO "${spec.table}" (${present.map((c) => `"${c}"`).join(", ")}) ` +
    `SELECT * FROM unnest(${present.map((c, i) => `$${i + 1}::${cast(spec.columns[c])}[]`).join(", ")})`;
  const count = await prisma.$executeRawUnsafe(sql, ...arrays);
  if (count !== rows.length) throw new Error(`${spec.table}: inserted ${count} of ${rows.length} rows`);
}
