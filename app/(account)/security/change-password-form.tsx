"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { changePasswordSchema } from "@/lib/validations/accounts";
import { PASSWORD_HINT, type PasswordContext } from "@/lib/validations/password";
import { changePasswordAction } from "@/lib/actions/accounts-self";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function ChangePasswordForm({ ctx, forced }: { ctx: PasswordContext; forced: boolean }) {
  const schema = useMemo(() => changePasswordSchema(ctx), [ctx]);
  const router = useRouter();
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<z.input<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { current: "", password: "", password2: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setState(null);
    const r = await changePasswordAction(values);
    if (r.ok) {
      form.reset();
      setState({ ok: true, message: "Пароль изменён. На других устройствах нужно войти заново." });
      if (forced) router.push("/");
      else router.refresh();
      return;
    }
    setState({ ok: false, message: r.message });
    for (const key of ["current", "password", "password2"] as const) {
      const msg = r.fieldErrors?.[key]?.[0];
      if (msg) form.setError(key, { message: msg });
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-4">
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <Field label={forced ? "Временный пароль" : "Текущий пароль"} type="password" autoComplete="current-password" error={errors.current?.message} {...form.register("current")} />
      <Field label="Новый пароль" type="password" autoComplete="new-password" hint={PASSWORD_HINT} error={errors.password?.message} {...form.register("password")} />
      <Field label="Повторите новый пароль" type="password" autoComplete="new-password" error={errors.password2?.message} {...form.register("password2")} />
      <Button type="submit" pending={isSubmitting}>
        Сменить пароль
      </Button>
    </form>
  );
}
