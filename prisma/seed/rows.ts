// The seed builds every row in memory first, then writes them table by table in batches:
// createMany, or for the biggest tables the faster unnest insert of bulk-sql.ts. Ids are generated
// here, so that rows can reference each other before insertion.
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { FAST_TABLES, insertBatch } from "./bulk-sql";

export const newId = (): string => randomUUID();

export type Rows = {
  school: Prisma.SchoolCreateManyInput[];
  studyYear: Prisma.StudyYearCreateManyInput[];
  studyPeriod: Prisma.StudyPeriodCreateManyInput[];
  holiday: Prisma.HolidayCreateManyInput[];
  bell: Prisma.BellCreateManyInput[];
  user: Prisma.UserCreateManyInput[];
  userRole: Prisma.UserRoleCreateManyInput[];
  parentLink: Prisma.ParentLinkCreateManyInput[];
  subject: Prisma.SubjectCreateManyInput[];
  schoolClass: Prisma.SchoolClassCreateManyInput[];
  classMembership: Prisma.ClassMembershipCreateManyInput[];
  studyGroup: Prisma.StudyGroupCreateManyInput[];
  groupMembership: Prisma.GroupMembershipCreateManyInput[];
  teachingAssignment: Prisma.TeachingAssignmentCreateManyInput[];
  timetableSlot: Prisma.TimetableSlotCreateManyInput[];
  lesson: Prisma.LessonCreateManyInput[];
  homework: Prisma.HomeworkCreateManyInput[];
  mark: Prisma.MarkCreateManyInput[];
  attendance: Prisma.AttendanceCreateManyInput[];
  remark: Prisma.RemarkCreateManyInput[];
  controlWorkElement: Prisma.ControlWorkElementCreateManyInput[];
  controlWorkResult: Prisma.ControlWorkResultCreateManyInput[];
  finalMark: Prisma.FinalMarkCreateManyInput[];
  milestone: Prisma.MilestoneCreateManyInput[];
  milestoneResult: Prisma.MilestoneResultCreateManyInput[];
  plannedControlWork: Prisma.PlannedControlWorkCreateManyInput[];
  expectedMark: Prisma.ExpectedMarkCreateManyInput[];
  familyService: Prisma.FamilyServiceCreateManyInput[];
  absenceNote: Prisma.AbsenceNoteCreateManyInput[];
  developmentNote: Prisma.DevelopmentNoteCreateManyInput[];
};

/** Insertion order: every table after the tables it references. */
const ORDER: (keyof Rows)[] = [
  "school",
  "studyYear",
  "studyPeriod",
  "holiday",
  "bell",
  "user",
  "userRole",
  "parentLink",
  "subject",
  "schoolClass",
  "classMembership",
  "studyGroup",
  "groupMembership",
  "teachingAssignment",
  "timetableSlot",
  "lesson",
  "homework",
  "mark",
  "attendance",
  "remark",
  "controlWorkElement",
  "controlWorkResult",
  "finalMark",
  "milestone",
  "milestoneResult",
  "plannedControlWork",
  "expectedMark",
  "familyService",
  "absenceNote",
  "developmentNote",
];

export function emptyRows(): Rows {
  return Object.fromEntries(ORDER.map((k) => [k, []])) as unknown as Rows;
}

/** PostgreSQL takes at most 65,535 bind values per statement; stay well below. */
const MAX_BIND_VALUES = 30_000;
const MAX_BATCH = 5_000;
/** Batches of one table written at the same time (the pool has 10 connections). */
const PARALLEL = 3;

type Delegate = { createMany(args: { data: unknown[] }): Promise<{ count: number }> };

export async function writeRows(prisma: PrismaClient, rows: Rows, log?: (m: string) => void): Promise<void> {
  for (const table of ORDER) {
    const data = rows[table] as Record<string, unknown>[];
    if (data.length === 0) continue;
    const fast = FAST_TABLES[table];
    let columns = 1;
    if (!fast) for (const r of data) columns = Math.max(columns, Object.keys(r).length);
    // The fast path sends one array per column, so its batches are not limited by bind values.
    const size = fast ? MAX_BATCH : Math.max(1, Math.min(MAX_BATCH, Math.floor(MAX_BIND_VALUES / columns)));
    const batches: Record<string, unknown>[][] = [];
    for (let i = 0; i < data.length; i += size) batches.push(data.slice(i, i + size));
    const delegate = (prisma as unknown as Record<string, Delegate>)[table];
    const started = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++];
        if (fast) await insertBatch(prisma, fast, batch);
        else await delegate.createMany({ data: batch });
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(PARALLEL, batches.length) }, worker));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`Seeding failed while writing ${table}: ${message}`, { cause: error });
    }
    log?.(`${table}: ${data.length} rows in ${Date.now() - started} ms`);
  }
}

export function countRows(rows: Rows): Record<keyof Rows, number> {
  return Object.fromEntries(ORDER.map((k) => [k, rows[k].length])) as Record<keyof Rows, number>;
}

/**
 * Removes what a failed seed wrote for these schools, children first (lessons and assignments
 * reference teachers with ON DELETE RESTRICT, so the school cannot simply cascade).
 */
export async function removeSchools(prisma: PrismaClient, schoolIds: string[]): Promise<void> {
  const where = { schoolId: { in: schoolIds } };
  await prisma.lesson.deleteMany({ where });
  await prisma.teachingAssignment.deleteMany({ where });
  await prisma.remark.deleteMany({ where });
  await prisma.expectedMark.deleteMany({ where });
  await prisma.familyService.deleteMany({ where });
  await prisma.absenceNote.deleteMany({ where });
  await prisma.developmentNote.deleteMany({ where });
  await prisma.studyGroup.deleteMany({ where });
  await prisma.school.deleteMany({ where: { id: { in: schoolIds } } });
}
