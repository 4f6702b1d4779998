"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { setPasswordSchema } from "@/lib/validations/accounts";
import { PASSWORD_HINT } from "@/lib/validations/password";
import { setUserPasswordAction } from "@/lib/actions/accounts-admin";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

const schema = setPasswordSchema();

export function SetPasswordForm({ userId }: { userId: string }) {
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<z.input<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { userId, password: "", password2: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setState(null);
    const r = await setUserPasswordAction(values);
    if (r.ok) {
      form.reset({ userId, password: "", password2: "" });
      setState({ ok: true, message: "Пароль задан. При входе человек должен будет сменить его; его открытые сеансы завершены." });
    } else {
      setState({ ok: false, message: r.message });
      if (r.fieldErrors?.password?.[0]) form.setError("password", { message: r.fieldErrors.password[0] });
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-4">
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <Field label="Временный пароль" type="password" autoComplete="new-password" hint={PASSWORD_HINT} error={errors.password?.message} {...form.register("password")} />
      <Field label="Повторите пароль" type="password" autoComplete="new-password" error={errors.password2?.message} {...form.register("password2")} />
      <Button type="submit" pending={isSubmitting}>
        Задать пароль
      </Button>
    </form>
  );
}
