// Results of the active child kept beyond the daily journal: final marks of every year (GRD-4)
// and the rating milestones (GRD-6).
import "server-only";
import { prisma } from "@/lib/db";
import type { ChildRef } from "@/lib/auth/viewer";
import { toIsoDate, type IsoDate } from "@/lib/time/dates";

export type FinalYear = {
  id: string;
  name: string;
  isCurrent: boolean;
  marks: { subject: string; kind: string; period: string | null; periodNumber: number | null; value: string }[];
};

/** Years of the school in which the child has final marks, plus the current year, newest first. */
export async function getFinalMarks(schoolId: string, child: ChildRef): Promise<FinalYear[]> {
  const [years, subjects] = await Promise.all([
    prisma.studyYear.findMany({
      where: { schoolId, OR: [{ isCurrent: true }, { finalMarks: { some: { studentId: child.id } } }] },
      relationLoadStrategy: "join",
      orderBy: { startDate: "desc" },
      select: {
        id: true,
        name: true,
        isCurrent: true,
        finalMarks: {
          where: { studentId: child.id },
          select: { subjectId: true, kind: true, value: true, period: { select: { name: true, number: true } } },
        },
      },
    }),
    prisma.subject.findMany({ where: { schoolId }, select: { id: true, name: true } }),
  ]);
  const names = new Map(subjects.map((s) => [s.id, s.name]));
  return years.map((y) => ({
    id: y.id,
    name: y.name,
    isCurrent: y.isCurrent,
    marks: y.finalMarks.map((m) => ({
      subject: names.get(m.subjectId) ?? "—",
      kind: m.kind,
      period: m.period?.name ?? null,
      periodNumber: m.period?.number ?? null,
      value: m.value,
    })),
  }));
}

export type MilestoneView = {
  date: IsoDate;
  name: string;
  subjects: { subject: string; average: number; change: number | null }[];
};

/** This year's milestones, newest first, each subject compared with the previous milestone. */
export async function getMilestones(schoolId: string, child: ChildRef): Promise<MilestoneView[]> {
  const [milestones, subjects] = await Promise.all([
    prisma.milestone.findMany({
      where: { schoolId, year: { isCurrent: true } },
      relationLoadStrategy: "join",
      orderBy: { date: "asc" },
      select: { date: true, name: true, results: { where: { studentId: child.id }, select: { subjectId: true, average: true } } },
    }),
    prisma.subject.findMany({ where: { schoolId }, select: { id: true, name: true } }),
  ]);
  const names = new Map(subjects.map((s) => [s.id, s.name]));
  const out: MilestoneView[] = [];
  let previous = new Map<string, number>();
  for (const m of milestones) {
    const current = new Map(m.results.map((r) => [r.subjectId, Number(r.average)]));
    out.push({
      date: toIsoDate(m.date),
      name: m.name,
      subjects: [...current]
        .map(([id, average]) => ({ subject: names.get(id) ?? "—", average, change: previous.has(id) ? average - previous.get(id)! : null }))
        .sort((a, b) => a.subject.localeCompare(b.subject, "ru")),
    });
    previous = current;
  }
  return out.reverse();
}
