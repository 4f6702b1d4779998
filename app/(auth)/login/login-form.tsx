"use client";

import { loginSchema } from "@/lib/validations/auth";
import { loginAction } from "@/lib/actions/auth";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  // On success the action redirects; a refusal clears the password.
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: loginSchema,
    action: loginAction,
    defaultValues: { login: "", password: "", callbackUrl },
    onError: (_, f) => f.setValue("password", ""),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormMessage {...status} />
      <Field label="Логин" autoComplete="username" autoCapitalize="none" error={errors.login?.message} {...form.register("login")} />
      <Field
        label="Пароль"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Button type="submit" className="w-full" pending={pending}>
        Войти
      </Button>
    </form>
  );
}
