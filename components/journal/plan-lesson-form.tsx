"use client";
// PLN-4: creates a future lesson of the timetable ahead of its date as a control or independent
// work; it appears in the family's «График КР». Marks and absences wait for the lesson's day.
import { useRouter } from "next/navigation";
import { planLessonAction } from "@/lib/actions/journal";
import { PLANNED_WORK_LABELS, PLANNED_WORK_TYPES, planLessonSchema } from "@/lib/validations/journal-plan";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

const day = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;

export function PlanLessonForm({ assignmentId, dates }: { assignmentId: string; dates: { date: string; number: number }[] }) {
  const router = useRouter();
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: planLessonSchema,
    action: planLessonAction,
    defaultValues: { assignmentId, slot: "", workType: "CONTROL", topic: "" },
    success: (_, v) => `Запланировано на ${day(v.slot.slice(0, 10))}.`,
    resetOnSuccess: true,
    onSuccess: () => router.refresh(),
  });
  return (
    <details className="rounded-lg border border-dashed border-slate-300 p-3 text-sm">
      <summary className="cursor-pointer text-slate-700">Запланировать контрольную или самостоятельную работу</summary>
      <form onSubmit={onSubmit} className="mt-3 grid gap-3 md:grid-cols-3" noValidate aria-label="Запланировать работу">
        <input type="hidden" {...form.register("assignmentId")} />
        <div className="space-y-1">
          <label htmlFor="plan-slot" className="block font-medium text-slate-700">
            Будущий урок
          </label>
          <select
            id="plan-slot"
            {...form.register("slot")}
            aria-invalid={errors.slot ? true : undefined}
            aria-describedby={errors.slot ? "plan-slot-error" : undefined}
            className="block w-full rounded-md border border-slate-300 px-2 py-1.5"
          >
            <option value="">— выберите —</option>
            {dates.map((d) => (
              <option key={`${d.date}#${d.number}`} value={`${d.date}#${d.number}`}>
                {day(d.date)}, {d.number}-й урок
              </option>
            ))}
          </select>
          {errors.slot && (
            <p id="plan-slot-error" role="alert" className="text-sm text-red-700">
              {errors.slot.message}
            </p>
          )}
        </div>
        <div className="space-y-1">
          <label htmlFor="plan-work" className="block font-medium text-slate-700">
            Вид планируемой работы
          </label>
          <select id="plan-work" {...form.register("workType")} className="block w-full rounded-md border border-slate-300 px-2 py-1.5">
            {PLANNED_WORK_TYPES.map((w) => (
              <option key={w} value={w}>
                {PLANNED_WORK_LABELS[w]}
              </option>
            ))}
          </select>
        </div>
        {/* Not <Field>: its id is the field's name, and the lesson editor on this page has a "topic" too. */}
        <div className="space-y-1">
          <label htmlFor="plan-topic" className="block font-medium text-slate-700">
            Тема работы
          </label>
          <input
            id="plan-topic"
            {...form.register("topic")}
            aria-invalid={errors.topic ? true : undefined}
            aria-describedby={errors.topic ? "plan-topic-error" : undefined}
            className="block w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
          {errors.topic && (
            <p id="plan-topic-error" role="alert" className="text-sm text-red-700">
              {errors.topic.message}
            </p>
          )}
        </div>
        <div className="flex items-center gap-3 md:col-span-3">
          <Button type="submit" variant="secondary" pending={pending}>
            Запланировать
          </Button>
          <FormMessage {...status} />
        </div>
      </form>
    </details>
  );
}
