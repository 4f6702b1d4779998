"use client";
// The head teacher's answer to a homework complaint; «Ответить и закрыть» also closes it.
import { answerComplaintAction } from "@/lib/actions/journal-complaints";
import { complaintAnswerSchema } from "@/lib/validations/journal";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

export function ComplaintAnswerForm({ complaintId, answer }: { complaintId: string; answer: string }) {
  const { form, errors, pending, status, submitWith } = useActionForm({
    schema: complaintAnswerSchema,
    action: answerComplaintAction,
    defaultValues: { complaintId, answer, close: false },
  });
  const fieldId = `answer-${complaintId}`;

  return (
    <form onSubmit={(e) => e.preventDefault()} className="space-y-2" noValidate>
      <label htmlFor={fieldId} className="block text-sm font-medium text-slate-700">
        Ответ
      </label>
      <textarea
        id={fieldId}
        rows={2}
        aria-invalid={errors.answer ? true : undefined}
        aria-describedby={errors.answer ? `${fieldId}-error` : undefined}
        {...form.register("answer")}
        className="block w-full rounded-md border border-slate-300 px-2 py-1"
      />
      {errors.answer && (
        <p id={`${fieldId}-error`} className="text-sm text-red-700">
          {errors.answer.message}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="button" variant="secondary" pending={pending} onClick={submitWith({ close: false })}>
          Ответить
        </Button>
        <Button type="button" pending={pending} onClick={submitWith({ close: true })}>
          Ответить и закрыть
        </Button>
      </div>
      <FormMessage {...status} />
    </form>
  );
}
