"use client";
// GRD-6: the form that records a rating milestone (lib/actions/milestones.ts).
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { recordMilestoneAction } from "@/lib/actions/milestones";
import { milestoneSchema } from "@/lib/validations/milestones";

export function MilestoneForm({ today }: { today: string }) {
  const router = useRouter();
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: milestoneSchema,
    action: recordMilestoneAction,
    defaultValues: { date: today, name: "Рубежный контроль" },
    success: (d) => `Рубеж записан: ${d.students} учеников, ${d.results} средних баллов.`,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <Field label="Дата рубежа" type="date" error={errors.date?.message} {...form.register("date")} />
      <Field label="Название" error={errors.name?.message} {...form.register("name")} />
      <FormMessage {...status} />
      <Button type="submit" pending={pending}>
        Сохранить результаты успеваемости
      </Button>
    </form>
  );
}
