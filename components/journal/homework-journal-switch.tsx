"use client";
// GRD-2: turns the assignment's separate homework journal on or off (off is refused while it
// holds marks). The page's link switches between the two journals once it is on.
import { useRouter } from "next/navigation";
import { setHomeworkJournalAction } from "@/lib/actions/journal";
import { homeworkJournalSchema } from "@/lib/validations/journal-plan";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

export function HomeworkJournalSwitch({ assignmentId, on }: { assignmentId: string; on: boolean }) {
  const router = useRouter();
  const { form, pending, status, submitWith } = useActionForm({
    schema: homeworkJournalSchema,
    action: setHomeworkJournalAction,
    defaultValues: { assignmentId, on: !on },
    onSuccess: () => router.refresh(),
  });
  return (
    // The state after a refresh is the prop's, not the form's first default.
    <form onSubmit={submitWith({ on: !on })} className="flex flex-wrap items-center gap-2 text-sm" noValidate>
      <input type="hidden" {...form.register("assignmentId")} />
      <Button type="submit" variant="ghost" size="sm" pending={pending}>
        {on ? "Выключить журнал домашних работ" : "Вести отдельный журнал домашних работ"}
      </Button>
      <FormMessage {...status} />
    </form>
  );
}
