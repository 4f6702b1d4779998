// The home page (OTH-1): the subjects' averages beside the recent marks, the week's absences,
// and what is new since the viewer's previous visit (marks, homework, remarks for parents).
import "server-only";
import { prisma } from "@/lib/db";
import type { ChildRef, Viewer } from "@/lib/auth/viewer";
import { sectionAccess } from "@/lib/auth/load-viewer";
import { childAssignmentsWhere } from "@/lib/access/child-lessons";
import { weightedAverage } from "@/lib/marks/average";
import { fromIsoDate, type IsoDate } from "@/lib/time/dates";

/** A visit counts as new when the previous one is older than this. */
const VISIT_GAP_MS = 30 * 60 * 1000;

/**
 * Records this visit and returns when the previous one was (null on the first). One atomic
 * statement, so that two tabs opening at once cannot collide on the row.
 */
export async function touchDiaryVisit(viewer: Viewer, child: ChildRef, now = new Date()): Promise<Date | null> {
  const gapStart = new Date(now.getTime() - VISIT_GAP_MS);
  const rows = await prisma.$queryRaw<{ previousSeenAt: Date | null }[]>`
    insert into "DiaryVisit" ("userId", "studentId", "lastSeenAt") values (${viewer.userId}, ${child.id}, ${now})
    on conflict ("userId", "studentId") do update set
      "previousSeenAt" = case when "DiaryVisit"."lastSeenAt" < ${gapStart} then "DiaryVisit"."lastSeenAt" else "DiaryVisit"."previousSeenAt" end,
      "lastSeenAt" = ${now}
    returning "previousSeenAt"`;
  return rows[0]?.previousSeenAt ?? null;
}

export type HomeSummary = {
  averages: Map<string, number | null>;
  newMarks: number;
  newHomework: number;
  newRemarks: number;
};

/** Averages per subject from `from` (the period's start) and the counts of new things since `since`. */
export async function getHomeSummary(viewer: Viewer, child: ChildRef, from: IsoDate, since: Date | null): Promise<HomeSummary> {
  const schoolId = viewer.school.id;
  const after = since ?? new Date(0);
  const [marks, newHomework, newRemarks] = await Promise.all([
    prisma.mark.findMany({
      where: { schoolId, studentId: child.id, journal: "MAIN", lesson: { date: { gte: fromIsoDate(from) } } },
      relationLoadStrategy: "join",
      select: {
        value: true,
        weight: true,
        createdAt: true,
        lesson: { select: { assignment: { select: { subject: { select: { name: true } } } } } },
      },
    }),
    since
      ? prisma.homework.count({
          where: {
            schoolId,
            createdAt: { gt: after },
            lesson: { assignment: childAssignmentsWhere(schoolId, child) },
          },
        })
      : Promise.resolve(0),
    since && sectionAccess(viewer, "remarks")
      ? prisma.remark.count({ where: { schoolId, studentId: child.id, kind: "REMARK", createdAt: { gt: after } } })
      : Promise.resolve(0),
  ]);
  const bySubject = new Map<string, { value: string; weight: number }[]>();
  for (const m of marks) {
    const s = m.lesson.assignment.subject.name;
    bySubject.set(s, [...(bySubject.get(s) ?? []), m]);
  }
  return {
    averages: new Map([...bySubject].map(([s, list]) => [s, weightedAverage(list)])),
    newMarks: since ? marks.filter((m) => m.createdAt > after).length : 0,
    newHomework,
    newRemarks,
  };
}
