// GRD-5: the element analysis of one control work: its tasks and the students' points per task.
// The lesson's own teacher and the head teacher only; anyone else gets 404.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/viewer";
import { getControlWorkAnalysis } from "@/lib/data/control-work";
import { Card, EmptyState } from "@/components/ui/card";
import { formatDayMonth } from "@/lib/time/dates";
import { TasksEditor } from "./tasks-editor";
import { ResultsGrid } from "./results-grid";

export const metadata: Metadata = { title: "Анализ контрольной работы" };

export default async function ControlWorkPage({ params }: { params: Promise<{ assignmentId: string; lessonId: string }> }) {
  const viewer = await requireArea("journal");
  const { assignmentId, lessonId } = await params;
  const work = await getControlWorkAnalysis(viewer, assignmentId, lessonId);
  if (!work) notFound();
  const ids = { assignmentId, lessonId };
  return (
    <div className="space-y-4">
      <div>
        <Link href={`/journal/${assignmentId}`} className="text-sm text-sky-700 hover:underline">
          ← Журнал
        </Link>
        <h1 className="text-xl font-semibold">
          Анализ КР: {work.title}, {formatDayMonth(work.lesson.date)}
          {work.lesson.topic && ` — ${work.lesson.topic}`}
        </h1>
      </div>
      <Card title="Задания и проверяемые элементы">
        <TasksEditor ids={ids} tasks={work.tasks} />
      </Card>
      <Card title="Результаты учеников">
        {work.tasks.length === 0 ? (
          <EmptyState>Сначала добавьте задания</EmptyState>
        ) : work.students.length === 0 ? (
          <EmptyState>В классе нет учеников</EmptyState>
        ) : (
          // A new or removed task reshapes the grid: a fresh form rather than stale cell indices.
          <ResultsGrid
            key={work.tasks.map((t) => `${t.id}:${t.maxScore}`).join()}
            ids={ids}
            tasks={work.tasks}
            students={work.students}
            scores={work.scores}
          />
        )}
      </Card>
    </div>
  );
}
