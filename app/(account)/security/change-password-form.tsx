"use client";

import { useMemo } from "react";
import { useRouter } from "next/navigation";
import { changePasswordSchema } from "@/lib/validations/accounts";
import { PASSWORD_HINT, type PasswordContext } from "@/lib/validations/password";
import { changePasswordAction } from "@/lib/actions/accounts-self";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function ChangePasswordForm({ ctx, forced }: { ctx: PasswordContext; forced: boolean }) {
  const schema = useMemo(() => changePasswordSchema(ctx), [ctx]);
  const router = useRouter();
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema,
    action: changePasswordAction,
    defaultValues: { current: "", password: "", password2: "" },
    resetOnSuccess: true,
    success: "Пароль изменён. На других устройствах нужно войти заново.",
    onSuccess: () => (forced ? router.push("/") : router.refresh()),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-4">
      <FormMessage {...status} />
      <Field
        label={forced ? "Временный пароль" : "Текущий пароль"}
        type="password"
        autoComplete="current-password"
        error={errors.current?.message}
        {...form.register("current")}
      />
      <Field
        label="Новый пароль"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Field
        label="Повторите новый пароль"
        type="password"
        autoComplete="new-password"
        error={errors.password2?.message}
        {...form.register("password2")}
      />
      <Button type="submit" pending={pending}>
        Сменить пароль
      </Button>
    </form>
  );
}
