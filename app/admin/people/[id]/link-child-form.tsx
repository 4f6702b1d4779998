"use client";
// ADM-6: a staff member whose own child is in the school — one account holds the journal and the
// diary of that child (and only that child).
import { useRouter } from "next/navigation";
import { linkChildSchema } from "@/lib/validations/admin-staff";
import { linkChildAction } from "@/lib/actions/admin-staff";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function LinkChildForm({ personId, students }: { personId: string; students: { value: string; label: string }[] }) {
  const router = useRouter();
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: linkChildSchema,
    action: linkChildAction,
    defaultValues: { personId, studentId: "" },
    resetOnSuccess: true,
    success: "Ребёнок привязан. Чтобы открыть его дневник, человеку нужно войти в журнал заново.",
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-3">
      <FormMessage {...status} />
      <div className="space-y-1">
        <label htmlFor="studentId" className="block text-sm font-medium text-slate-700">
          Ученик
        </label>
        <select
          id="studentId"
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          aria-describedby={errors.studentId ? "studentId-error" : undefined}
          {...form.register("studentId")}
        >
          <option value="">—</option>
          {students.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
        {errors.studentId && (
          <p id="studentId-error" role="alert" className="text-sm text-red-700">
            {errors.studentId.message}
          </p>
        )}
      </div>
      <Button type="submit" variant="secondary" pending={pending}>
        Привязать ребёнка
      </Button>
    </form>
  );
}
