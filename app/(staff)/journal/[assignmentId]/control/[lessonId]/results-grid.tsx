"use client";
// GRD-5: the students' points per task, a grid driven by the keyboard like the journal: arrows move
// between cells, Enter goes down a row (and on the last row saves), Tab goes on; «Сохранить» writes
// the grid at once. A cell
// outside 0..max is refused beside it and nothing is written.
import { useRouter } from "next/navigation";
import { saveResultsSchema } from "@/lib/validations/control-work";
import { saveControlResultsAction } from "@/lib/actions/control-work";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

type Task = { id: string; number: number; title: string; maxScore: number };
type Student = { id: string; name: string };
type Ids = { assignmentId: string; lessonId: string };

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  Enter: [1, 0],
};

export function ResultsGrid({
  ids,
  tasks,
  students,
  scores,
}: {
  ids: Ids;
  tasks: Task[];
  students: Student[];
  scores: Record<string, number>;
}) {
  const router = useRouter();
  const cells = students.flatMap((s) =>
    tasks.map((t) => ({ studentId: s.id, elementId: t.id, max: t.maxScore, score: String(scores[`${s.id}:${t.id}`] ?? "") })),
  );
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: saveResultsSchema,
    action: saveControlResultsAction,
    defaultValues: { ...ids, cells },
    success: (d) => (d.changed ? "Результаты сохранены." : "Изменений нет."),
    onSuccess: () => router.refresh(),
  });
  const focus = (row: number, col: number) => document.getElementById(`cell-${row}-${col}`)?.focus();
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const move = MOVES[e.key];
    if (!move) return;
    const input = e.currentTarget;
    // Left and right move only from the edge of the text, so that editing a value still works.
    if (e.key === "ArrowLeft" && input.selectionStart !== 0) return;
    if (e.key === "ArrowRight" && input.selectionEnd !== input.value.length) return;
    const r = row + move[0];
    const c = col + move[1];
    // Enter on the last row submits the grid (the form's own Enter).
    if (e.key === "Enter" && r >= students.length) return;
    e.preventDefault();
    if (r >= 0 && r < students.length && c >= 0 && c < tasks.length) focus(r, c);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 text-sm">
      <FormMessage {...status} />
      <div className="overflow-x-auto">
        <table className="border-collapse" data-testid="control-results">
          <thead>
            <tr className="text-left text-xs text-slate-500">
              <th className="px-2 py-1 font-medium">Ученик</th>
              {tasks.map((t) => (
                <th key={t.id} className="px-2 py-1 text-center font-medium" title={t.title}>
                  {t.number}
                  <span className="block font-normal">из {t.maxScore}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {students.map((s, row) => (
              <tr key={s.id} className="border-t border-slate-100">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {s.name}
                </th>
                {tasks.map((t, col) => {
                  const i = row * tasks.length + col;
                  const error = errors.cells?.[i]?.score?.message;
                  return (
                    <td key={t.id} className="px-1 py-0.5 align-top">
                      <input
                        id={`cell-${row}-${col}`}
                        inputMode="numeric"
                        autoComplete="off"
                        aria-label={`${s.name}, задание ${t.number}`}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `cell-${row}-${col}-error` : undefined}
                        className={cn("w-14 rounded border border-slate-300 px-2 py-1 text-center", error && "border-red-500")}
                        onKeyDown={(e) => onKeyDown(e, row, col)}
                        {...form.register(`cells.${i}.score`)}
                      />
                      {error && (
                        <p id={`cell-${row}-${col}-error`} role="alert" className="max-w-24 text-xs text-red-700">
                          {error}
                        </p>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button type="submit" pending={pending}>
        Сохранить
      </Button>
    </form>
  );
}
