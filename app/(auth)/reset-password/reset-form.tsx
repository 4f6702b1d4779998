"use client";

import { useMemo, useState } from "react";
import Link from "next/link";
import { resetPasswordSchema } from "@/lib/validations/accounts";
import { PASSWORD_HINT, type PasswordContext } from "@/lib/validations/password";
import { resetPasswordAction } from "@/lib/actions/accounts";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function ResetForm({ token, ctx }: { token: string; ctx: PasswordContext }) {
  const schema = useMemo(() => resetPasswordSchema(ctx), [ctx]);
  const [done, setDone] = useState(false);
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema,
    action: resetPasswordAction,
    defaultValues: { token, password: "", password2: "" },
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <div className="mt-4 space-y-3">
        <FormMessage tone="success" message="Пароль изменён. Войдите с новым паролем." />
        <Link href="/login" className="text-sm text-brand-700 hover:underline">
          Войти в журнал
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      <FormMessage {...status} />
      <Field
        label="Новый пароль"
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
      <Button type="submit" className="w-full" pending={pending}>
        Сохранить пароль
      </Button>
    </form>
  );
}
