// The study week (STU-1): the child's days Monday–Saturday, plus what only the family sees
// beside them: their complaints (STU-2), the student's handed-in files (STU-3) and — for parents
// only — the teachers' remarks (FBK-1). One SQL statement (ADR 0006).
import "server-only";
import type { ChildRef, Viewer } from "@/lib/auth/viewer";
import { sectionAccess } from "@/lib/auth/load-viewer";
import { getDiaryRange, type DiaryRange } from "@/lib/data/diary";
import { addDays, isIsoDate, weekStart, type IsoDate } from "@/lib/time/dates";

export type { DiaryFile as WeekFile, HomeworkFiles } from "@/lib/data/diary";

export type WeekRemark = DiaryRange["remarks"][number];

export type DiaryWeek = DiaryRange & { monday: IsoDate };

/** The Monday of the wanted week (any date in it), or of this week when the input is not a date. */
export function weekOf(wanted: string | undefined, today: IsoDate): IsoDate {
  return weekStart(wanted && isIsoDate(wanted) ? wanted : today);
}

export async function getDiaryWeek(viewer: Viewer, child: ChildRef, monday: IsoDate, today: IsoDate): Promise<DiaryWeek> {
  const range = await getDiaryRange(viewer.school.id, child, monday, addDays(monday, 5), today, {
    // Handed-in files are the student's own; remarks never reach a student's diary (ACC-10, FBK-1).
    submissionsOf: viewer.diaryKind === "STUDENT" ? child.id : null,
    withRemarks: sectionAccess(viewer, "remarks") !== null,
  });
  return { ...range, monday };
}
