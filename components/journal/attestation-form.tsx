"use client";
// GRD-4: an exam or final attestation mark (kind, date, mark) for one student; an empty mark
// removes that kind. The family sees it in «Итоговые оценки».
import { useRouter } from "next/navigation";
import { setAttestationMarkAction } from "@/lib/actions/journal";
import { ATTESTATION_KINDS, ATTESTATION_LABELS, attestationMarkSchema } from "@/lib/validations/journal-plan";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";

export function AttestationForm({
  assignmentId,
  students,
  today,
}: {
  assignmentId: string;
  students: { id: string; name: string }[];
  today: string;
}) {
  const router = useRouter();
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: attestationMarkSchema,
    action: setAttestationMarkAction,
    defaultValues: { assignmentId, studentId: "", kind: "EXAM", date: today, value: "" },
    success: (data) => (data.value ? "Оценка сохранена." : "Оценка удалена."),
    onSuccess: () => {
      form.setValue("value", "");
      router.refresh();
    },
  });
  return (
    <form
      onSubmit={onSubmit}
      className="grid gap-3 text-sm md:grid-cols-4"
      noValidate
      aria-label="Оценка за экзамен или итоговую аттестацию"
    >
      <input type="hidden" {...form.register("assignmentId")} />
      <div className="space-y-1">
        <label htmlFor="att-student" className="block font-medium text-slate-700">
          Ученик
        </label>
        <select
          id="att-student"
          {...form.register("studentId")}
          aria-invalid={errors.studentId ? true : undefined}
          aria-describedby={errors.studentId ? "att-student-error" : undefined}
          className="block w-full rounded-md border border-slate-300 px-2 py-2"
        >
          <option value="">— выберите —</option>
          {students.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        {errors.studentId && (
          <p id="att-student-error" role="alert" className="text-sm text-red-700">
            {errors.studentId.message}
          </p>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor="att-kind" className="block font-medium text-slate-700">
          Вид
        </label>
        <select id="att-kind" {...form.register("kind")} className="block w-full rounded-md border border-slate-300 px-2 py-2">
          {ATTESTATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {ATTESTATION_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <Field label="Дата" type="date" error={errors.date?.message} {...form.register("date")} />
      <Field
        label="Оценка"
        hint="Пусто — удалить оценку этого вида."
        error={errors.value?.message}
        {...form.register("value")}
        autoComplete="off"
      />
      <div className="flex items-center gap-3 md:col-span-4">
        <Button type="submit" pending={pending}>
          Сохранить
        </Button>
        <FormMessage {...status} />
      </div>
    </form>
  );
}
