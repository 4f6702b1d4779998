"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { forgotPasswordSchema } from "@/lib/validations/accounts";
import { forgotPasswordAction } from "@/lib/actions/accounts";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function ForgotForm() {
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<z.input<typeof forgotPasswordSchema>>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const r = await forgotPasswordAction(values);
    setResult(r.ok ? { ok: true, message: r.data } : { ok: false, message: r.message });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      <FormMessage message={result?.message} tone={result?.ok ? "success" : "error"} />
      <Field label="Электронная почта" type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
      <Button type="submit" className="w-full" pending={isSubmitting}>
        Отправить письмо
      </Button>
    </form>
  );
}
