"use client";
// ACC-3: confirm the password and the e-mail; a letter with a link follows.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { confirmDataSchema } from "@/lib/validations/accounts";
import { confirmDataAction } from "@/lib/actions/accounts-self";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export const SENT_NOTE =
  "Письмо может прийти не сразу, а в течение получаса. Если его нет во «Входящих», проверьте папку «Спам». Пока письмо идёт, журналом можно пользоваться.";

export function ConfirmDataForm({ email, confirmed }: { email: string; confirmed: boolean }) {
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<z.input<typeof confirmDataSchema>>({ resolver: zodResolver(confirmDataSchema), defaultValues: { ownPassword: "", email } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setState(null);
    const r = await confirmDataAction(values);
    if (r.ok) {
      form.setValue("ownPassword", "");
      setState({ ok: true, message: `Письмо для подтверждения отправлено на ${r.data}. ${SENT_NOTE}` });
    } else {
      setState({ ok: false, message: r.message });
      if (r.fieldErrors?.ownPassword?.[0]) form.setError("ownPassword", { message: r.fieldErrors.ownPassword[0] });
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-4" id="confirm">
      <p className="text-sm text-slate-600" data-testid="email-state">
        {confirmed ? `Почта ${email} подтверждена.` : "Почта не подтверждена: без неё не получится самостоятельно восстановить доступ."}
      </p>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <Field label="Пароль" type="password" autoComplete="current-password" error={errors.ownPassword?.message} {...form.register("ownPassword")} />
      <Field label="Электронная почта" type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
      <Button type="submit" pending={isSubmitting}>
        Подтвердить
      </Button>
    </form>
  );
}
