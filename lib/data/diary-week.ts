// The study week (STU-1): the child's days Monday–Saturday, plus what only the family sees
// beside them: their complaints (STU-2) and — for parents only — the teachers' remarks (FBK-1).
import "server-only";
import { prisma } from "@/lib/db";
import type { ChildRef, Viewer } from "@/lib/auth/viewer";
import { childAssignmentsWhere, getDiaryDays, type DiaryDay } from "@/lib/data/diary";
import { addDays, fromIsoDate, isIsoDate, toIsoDate, weekStart, type IsoDate } from "@/lib/time/dates";

export type WeekRemark = { date: IsoDate; text: string };

export type WeekFile = { id: string; name: string; size: number };
export type HomeworkFiles = { teacher: WeekFile[]; submitted: WeekFile[] };

export type DiaryWeek = {
  monday: IsoDate;
  days: DiaryDay[];
  /** Homework ids this family has complained about (the icon turns red). */
  complained: Set<string>;
  remarks: WeekRemark[];
  /** Teachers' files of the week's homework; the student's own handed-in files (STU-3). */
  files: Map<string, HomeworkFiles>;
};

/** The Monday of the wanted week (any date in it), or of this week when the input is not a date. */
export function weekOf(wanted: string | undefined, today: IsoDate): IsoDate {
  return weekStart(wanted && isIsoDate(wanted) ? wanted : today);
}

export async function getDiaryWeek(viewer: Viewer, child: ChildRef, monday: IsoDate, today: IsoDate): Promise<DiaryWeek> {
  const schoolId = viewer.school.id;
  const saturday = addDays(monday, 5);
  const range = { gte: fromIsoDate(monday), lte: fromIsoDate(saturday) };
  const isStudent = viewer.diaryKind === "STUDENT";
  const fileSelect = { select: { id: true, name: true, size: true } } as const;
  const [days, complaints, remarks, withFiles] = await Promise.all([
    getDiaryDays(schoolId, child, monday, saturday, today),
    prisma.homeworkComplaint.findMany({
      where: { schoolId, studentId: child.id, homework: { dueDate: range } },
      select: { homeworkId: true },
    }),
    // Remarks never reach a student's diary (ACC-10, FBK-1).
    viewer.diaryKind === "PARENT" && !viewer.school.personalNotesMode
      ? prisma.remark.findMany({
          where: {
            schoolId,
            studentId: child.id,
            kind: "REMARK",
            OR: [{ lesson: { date: range } }, { lessonId: null, createdAt: { gte: range.gte, lt: fromIsoDate(addDays(saturday, 1)) } }],
          },
          relationLoadStrategy: "join",
          orderBy: { createdAt: "asc" },
          select: { text: true, createdAt: true, lesson: { select: { date: true } } },
        })
      : Promise.resolve([]),
    prisma.homework.findMany({
      where: {
        schoolId,
        dueDate: range,
        lesson: { assignment: childAssignmentsWhere(schoolId, child) },
        OR: [{ files: { some: {} } }, ...(isStudent ? [{ submissions: { some: { studentId: child.id } } }] : [])],
      },
      relationLoadStrategy: "join",
      select: {
        id: true,
        files: { select: { file: fileSelect } },
        // Parents never see handed-in files (STU-3 is the student's own).
        submissions: { where: { studentId: isStudent ? child.id : "-" }, orderBy: { createdAt: "asc" }, select: { file: fileSelect } },
      },
    }),
  ]);
  return {
    monday,
    days,
    complained: new Set(complaints.map((c) => c.homeworkId)),
    files: new Map(withFiles.map((h) => [h.id, { teacher: h.files.map((f) => f.file), submitted: h.submissions.map((f) => f.file) }])),
    remarks: remarks.map((r) => ({ date: toIsoDate(r.lesson?.date ?? r.createdAt), text: r.text })),
  };
}
