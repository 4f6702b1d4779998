// One journal page (STF-1): the period's lessons × the students, with period switching, the
// separate homework journal (GRD-2) and the lessons of the timetable still to be created.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/viewer";
import { getJournalGrid } from "@/lib/data/journal";
import { JournalGrid } from "@/components/journal/journal-grid";
import { CreateLessonForm } from "@/components/journal/create-lesson-form";
import { HomeworkJournalSwitch } from "@/components/journal/homework-journal-switch";
import { PlanLessonForm } from "@/components/journal/plan-lesson-form";
import { getPlannableLessons } from "@/lib/data/journal-plan";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/card";

export const metadata: Metadata = { title: "Журнал" };

type Props = { params: Promise<{ assignmentId: string }>; searchParams: Promise<{ period?: string; journal?: string }> };

export default async function JournalPage({ params, searchParams }: Props) {
  const viewer = await requireArea("journal");
  const [{ assignmentId }, query] = await Promise.all([params, searchParams]);
  const grid = await getJournalGrid(viewer, assignmentId, query.period, query.journal);
  if (!grid) notFound();
  const base = `/journal/${assignmentId}`;
  const q = (period: string, journal: string) => `${base}?period=${period}${journal === "HOMEWORK" ? "&journal=HOMEWORK" : ""}`;
  const upcoming = grid.missing.filter((m) => m.date <= grid.today);
  const owner = grid.assignment.isOwner;
  const plannable = owner && grid.journal !== "EXTRA" ? await getPlannableLessons(viewer, grid.assignment) : [];

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">
          {grid.title}
          {grid.journal === "HOMEWORK" && <span className="ml-2 text-base font-normal text-slate-500">журнал домашних работ</span>}
          {grid.journal === "EXTRA" && <span className="ml-2 text-base font-normal text-slate-500">внеурочная деятельность</span>}
        </h1>
        <nav aria-label="Разделы журнала" className="flex gap-3 text-sm">
          {owner && grid.journal !== "EXTRA" && (
            <Link href={`${base}/attestation`} className="text-brand-700 underline">
              Итоговые
            </Link>
          )}
          <Link href="/journal" className="text-brand-700 underline">
            Все журналы
          </Link>
        </nav>
      </div>
      <nav aria-label="Учебный период" className="flex flex-wrap gap-2 text-sm">
        {grid.periods.map((p) => (
          <Link
            key={p.id}
            href={q(p.id, grid.journal)}
            aria-current={p.id === grid.period.id ? "page" : undefined}
            className={cn(
              "rounded-md border px-3 py-1",
              p.id === grid.period.id ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white",
            )}
          >
            {p.name}
          </Link>
        ))}
        {grid.assignment.keepsHomeworkJournal && grid.journal !== "EXTRA" && (
          <Link
            href={q(grid.period.id, grid.journal === "HOMEWORK" ? "MAIN" : "HOMEWORK")}
            className="ml-auto rounded-md border border-slate-300 bg-white px-3 py-1"
          >
            {grid.journal === "HOMEWORK" ? "Основной журнал" : "Журнал домашних работ"}
          </Link>
        )}
      </nav>
      {owner && grid.journal !== "EXTRA" && <HomeworkJournalSwitch assignmentId={assignmentId} on={grid.assignment.keepsHomeworkJournal} />}
      {grid.assignment.isOwner && upcoming.length > 0 && <CreateLessonForm assignmentId={assignmentId} dates={upcoming.slice(-20)} />}
      {plannable.length > 0 && <PlanLessonForm assignmentId={assignmentId} dates={plannable} />}
      {grid.lessons.length === 0 ? (
        <EmptyState>В этом периоде уроков пока нет.</EmptyState>
      ) : (
        <JournalGrid
          key={`${grid.period.id}:${grid.journal}`}
          assignmentId={assignmentId}
          journal={grid.journal}
          periodId={grid.period.id}
          isOwner={grid.assignment.isOwner}
          lessons={grid.lessons}
          students={grid.students}
          today={grid.today}
        />
      )}
    </div>
  );
}
