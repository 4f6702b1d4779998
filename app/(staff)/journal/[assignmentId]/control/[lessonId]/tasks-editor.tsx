"use client";
// GRD-5: the control work's tasks, each with the knowledge or skill element it checks and its
// maximum points; a task is added at the end and removed while it has no results.
import { useTransition, useState } from "react";
import { useRouter } from "next/navigation";
import { addTaskSchema } from "@/lib/validations/control-work";
import { addControlTaskAction, removeControlTaskAction } from "@/lib/actions/control-work";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Task = { id: string; number: number; title: string; maxScore: number; hasResults: boolean };
type Ids = { assignmentId: string; lessonId: string };

export function TasksEditor({ ids, tasks }: { ids: Ids; tasks: Task[] }) {
  const router = useRouter();
  const [removing, startRemove] = useTransition();
  const [removeError, setRemoveError] = useState<string | null>(null);
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: addTaskSchema,
    action: addControlTaskAction,
    raw: true,
    defaultValues: { ...ids, title: "", maxScore: "1" },
    resetOnSuccess: { ...ids, title: "", maxScore: "1" },
    success: "Задание добавлено.",
    onSuccess: () => router.refresh(),
  });
  const remove = (elementId: string) =>
    startRemove(async () => {
      setRemoveError(null);
      const r = await removeControlTaskAction({ ...ids, elementId });
      if (!r.ok) setRemoveError(r.message);
      else router.refresh();
    });
  return (
    <div className="space-y-3 text-sm">
      {tasks.length > 0 && (
        <table className="w-full" data-testid="control-tasks">
          <thead>
            <tr className="border-b text-left text-xs text-slate-500">
              <th className="py-1 font-medium">№</th>
              <th className="py-1 font-medium">Что проверяет задание</th>
              <th className="py-1 text-right font-medium">Макс. баллов</th>
              <th className="py-1" />
            </tr>
          </thead>
          <tbody>
            {tasks.map((t) => (
              <tr key={t.id} className="border-b border-slate-100">
                <td className="py-1">{t.number}</td>
                <td className="py-1">{t.title}</td>
                <td className="py-1 text-right">{t.maxScore}</td>
                <td className="py-1 text-right">
                  {!t.hasResults && (
                    <Button
                      type="button"
                      variant="secondary"
                      size="sm"
                      pending={removing}
                      onClick={() => remove(t.id)}
                      aria-label={`Удалить задание ${t.number}`}
                    >
                      Удалить
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FormMessage message={removeError} />
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-3">
        <FormMessage {...status} />
        <Field label="Проверяемый элемент" className="w-72" error={errors.title?.message} {...form.register("title")} />
        <Field label="Макс. баллов" inputMode="numeric" className="w-28" error={errors.maxScore?.message} {...form.register("maxScore")} />
        <Button type="submit" pending={pending} className="mt-6">
          Добавить задание
        </Button>
      </form>
    </div>
  );
}
