"use client";

import { setPasswordSchema } from "@/lib/validations/accounts";
import { PASSWORD_HINT } from "@/lib/validations/password";
import { setUserPasswordAction } from "@/lib/actions/accounts-admin";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

const schema = setPasswordSchema();

export function SetPasswordForm({ userId }: { userId: string }) {
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema,
    action: setUserPasswordAction,
    defaultValues: { userId, password: "", password2: "" },
    resetOnSuccess: true,
    success: "Пароль задан. При входе человек должен будет сменить его; его открытые сеансы завершены.",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-4">
      <FormMessage {...status} />
      <Field
        label="Временный пароль"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Field
        label="Повторите пароль"
        type="password"
        autoComplete="new-password"
        error={errors.password2?.message}
        {...form.register("password2")}
      />
      <Button type="submit" pending={pending}>
        Задать пароль
      </Button>
    </form>
  );
}
