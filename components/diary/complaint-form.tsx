"use client";
// STU-2: the complaint form, loaded only when the family opens it (complaint-button.tsx), so that
// the week's first load carries no form library.
import { useId } from "react";
import { complaintSchema } from "@/lib/validations/diary";
import { createComplaintAction } from "@/lib/actions/diary";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

export default function ComplaintForm({ homeworkId, onSent }: { homeworkId: string; onSent: () => void }) {
  const id = useId();
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: complaintSchema,
    action: createComplaintAction,
    defaultValues: { homeworkId, text: "" },
    onSuccess: onSent,
  });
  const error = errors.text?.message;

  return (
    <form onSubmit={onSubmit} className="mt-1 space-y-2 rounded-md border border-slate-200 bg-white p-2" noValidate>
      <label htmlFor={`${id}-text`} className="block text-sm font-medium">
        Жалоба на домашнее задание (её получит завуч)
      </label>
      <textarea
        id={`${id}-text`}
        rows={3}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        className="block w-full rounded-md border border-slate-300 px-2 py-1 text-base"
        {...form.register("text")}
      />
      {error && (
        <p id={`${id}-err`} className="text-sm text-red-700">
          {error}
        </p>
      )}
      <FormMessage {...status} />
      <Button type="submit" pending={pending}>
        Отправить жалобу
      </Button>
    </form>
  );
}
