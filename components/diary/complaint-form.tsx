"use client";
// STU-2: the complaint form, loaded only when the family opens it (complaint-button.tsx), so that
// the week's first load carries no form library.
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { complaintSchema, type ComplaintInput } from "@/lib/validations/diary";
import { createComplaintAction } from "@/lib/actions/diary";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

export default function ComplaintForm({ homeworkId, onSent }: { homeworkId: string; onSent: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const id = useId();
  const form = useForm<ComplaintInput>({ resolver: zodResolver(complaintSchema), defaultValues: { homeworkId, text: "" } });
  const error = form.formState.errors.text?.message;

  async function onSubmit(values: ComplaintInput) {
    setMessage(null);
    const result = await createComplaintAction(values);
    if (!result.ok) {
      if (result.fieldErrors?.text) form.setError("text", { message: result.fieldErrors.text[0] });
      else setMessage(result.message);
      return;
    }
    onSent();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="mt-1 space-y-2 rounded-md border border-slate-200 bg-white p-2" noValidate>
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
      <FormMessage message={message} />
      <Button type="submit" pending={form.formState.isSubmitting}>
        Отправить жалобу
      </Button>
    </form>
  );
}
