"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { loginSchema } from "@/lib/validations/auth";
import { loginAction } from "@/lib/actions/auth";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Input = z.input<typeof loginSchema>;

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Input>({ resolver: zodResolver(loginSchema), defaultValues: { login: "", password: "", callbackUrl } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await loginAction(values);
    // On success the action redirects; we only get here with a refusal.
    if (result && !result.ok) {
      setMessage(result.message);
      form.setValue("password", "");
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormMessage message={message} />
      <Field label="Логин" autoComplete="username" autoCapitalize="none" error={errors.login?.message} {...form.register("login")} />
      <Field label="Пароль" type="password" autoComplete="current-password" error={errors.password?.message} {...form.register("password")} />
      <Button type="submit" className="w-full" pending={isSubmitting}>
        Войти
      </Button>
    </form>
  );
}
