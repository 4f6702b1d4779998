"use client";
// The head teacher's answer to a homework complaint; «Ответить и закрыть» also closes it.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import type { z } from "zod";
import { answerComplaintAction } from "@/lib/actions/journal-complaints";
import { complaintAnswerSchema } from "@/lib/validations/journal";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

type Input = z.input<typeof complaintAnswerSchema>;

export function ComplaintAnswerForm({ complaintId, answer }: { complaintId: string; answer: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Input>({ resolver: zodResolver(complaintAnswerSchema), defaultValues: { complaintId, answer, close: false } });
  const { errors, isSubmitting } = form.formState;
  const fieldId = `answer-${complaintId}`;

  const submit = (close: boolean) =>
    form.handleSubmit(async (values) => {
      const res = await answerComplaintAction({ ...values, close });
      setMessage(res.ok ? null : res.message);
    });

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
        <Button type="button" variant="secondary" pending={isSubmitting} onClick={submit(false)}>
          Ответить
        </Button>
        <Button type="button" pending={isSubmitting} onClick={submit(true)}>
          Ответить и закрыть
        </Button>
      </div>
      <FormMessage message={message} />
    </form>
  );
}
