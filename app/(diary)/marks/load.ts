// The data of «Текущие отметки», shared by the page, its print view and the Excel export.
import "server-only";
import type { ChildRef, Viewer } from "@/lib/auth/viewer";
import { choosePeriod, getMarksTable, getStudyPeriods } from "@/lib/data/diary-marks";
import { todayIn } from "@/lib/time/dates";

export async function loadMarks(viewer: Viewer, child: ChildRef, wanted: string | undefined) {
  const periods = await getStudyPeriods(viewer.school.id);
  const period = choosePeriod(periods, wanted, todayIn(viewer.school.timezone));
  const rows = period ? await getMarksTable(viewer.school.id, child, "MAIN", period.from, period.to) : [];
  return { periods, period, rows };
}
