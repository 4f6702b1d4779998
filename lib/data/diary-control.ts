// Control works of the active child: the element analysis (GRD-5) and the planned works
// (PLN-4). Class statistics are computed here and leave as counts and shares only — never a
// classmate's name or id.
import "server-only";
import { prisma } from "@/lib/db";
import type { ChildRef, Viewer } from "@/lib/auth/viewer";
import { childAssignmentsWhere } from "@/lib/access/child-lessons";
import { fromIsoDate, toIsoDate, type IsoDate } from "@/lib/time/dates";

export type ElementResult = { task: number; title: string; maxScore: number; score: number | null; classShare: number | null };
export type ControlWork = {
  date: IsoDate;
  subject: string;
  topic: string | null;
  mark: string | null;
  elements: ElementResult[];
  /** Only with the paid «Анализ КР» service: how many marks of each value the class got. */
  distribution: Record<string, number> | null;
};

/** Does this viewer see the class statistics: a parent whose paid «Анализ КР» is on today (GRD-5)? */
export async function hasKrAnalysis(viewer: Viewer, child: ChildRef, today: IsoDate): Promise<boolean> {
  // The service is the parents' (OTH-3); the student sees only their own results.
  if (viewer.diaryKind !== "PARENT" || !viewer.school.paidServices.includes("KR_ANALYSIS")) return false;
  const row = await prisma.familyService.findFirst({
    where: { schoolId: viewer.school.id, studentId: child.id, service: "KR_ANALYSIS", activeUntil: { gte: fromIsoDate(today) } },
    select: { id: true },
  });
  return row !== null;
}

export async function getControlWorks(schoolId: string, child: ChildRef, withClassStats: boolean): Promise<ControlWork[]> {
  const lessons = await prisma.lesson.findMany({
    where: { schoolId, assignment: childAssignmentsWhere(schoolId, child), elements: { some: {} } },
    relationLoadStrategy: "join",
    orderBy: { date: "desc" },
    select: {
      date: true,
      topic: true,
      assignment: { select: { subject: { select: { name: true } } } },
      marks: { where: { journal: "MAIN", ...(withClassStats ? {} : { studentId: child.id }) }, select: { studentId: true, value: true } },
      elements: {
        orderBy: { taskNumber: "asc" },
        select: {
          taskNumber: true,
          title: true,
          maxScore: true,
          results: { where: withClassStats ? {} : { studentId: child.id }, select: { studentId: true, score: true } },
        },
      },
    },
  });
  return lessons.map((l) => {
    const distribution: Record<string, number> = {};
    for (const m of l.marks) distribution[m.value] = (distribution[m.value] ?? 0) + 1;
    return {
      date: toIsoDate(l.date),
      subject: l.assignment.subject.name,
      topic: l.topic,
      mark: l.marks.find((m) => m.studentId === child.id)?.value ?? null,
      elements: l.elements.map((e) => {
        const total = e.results.reduce((s, r) => s + r.score, 0);
        return {
          task: e.taskNumber,
          title: e.title,
          maxScore: e.maxScore,
          score: e.results.find((r) => r.studentId === child.id)?.score ?? null,
          classShare: withClassStats && e.results.length ? total / (e.results.length * Math.max(1, e.maxScore)) : null,
        };
      }),
      distribution: withClassStats ? distribution : null,
    };
  });
}

export type PlannedWork = { date: IsoDate; subject: string; title: string };

export async function getPlannedControlWorks(schoolId: string, child: ChildRef, from: IsoDate, to: IsoDate): Promise<PlannedWork[]> {
  const rows = await prisma.plannedControlWork.findMany({
    where: { schoolId, assignment: childAssignmentsWhere(schoolId, child), date: { gte: fromIsoDate(from), lte: fromIsoDate(to) } },
    relationLoadStrategy: "join",
    orderBy: { date: "asc" },
    select: { date: true, title: true, assignment: { select: { subject: { select: { name: true } } } } },
  });
  return rows.map((r) => ({ date: toIsoDate(r.date), title: r.title, subject: r.assignment.subject.name }));
}
