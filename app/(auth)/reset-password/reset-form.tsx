"use client";

import { useMemo, useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { resetPasswordSchema } from "@/lib/validations/accounts";
import { PASSWORD_HINT, type PasswordContext } from "@/lib/validations/password";
import { resetPasswordAction } from "@/lib/actions/accounts";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function ResetForm({ token, ctx }: { token: string; ctx: PasswordContext }) {
  const schema = useMemo(() => resetPasswordSchema(ctx), [ctx]);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<z.input<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { token, password: "", password2: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const r = await resetPasswordAction(values);
    if (r.ok) setDone(true);
    else {
      setMessage(r.message);
      if (r.fieldErrors?.password?.[0]) form.setError("password", { message: r.fieldErrors.password[0] });
    }
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
      <FormMessage message={message} />
      <Field label="Новый пароль" type="password" autoComplete="new-password" hint={PASSWORD_HINT} error={errors.password?.message} {...form.register("password")} />
      <Field label="Повторите пароль" type="password" autoComplete="new-password" error={errors.password2?.message} {...form.register("password2")} />
      <Button type="submit" className="w-full" pending={isSubmitting}>
        Сохранить пароль
      </Button>
    </form>
  );
}
