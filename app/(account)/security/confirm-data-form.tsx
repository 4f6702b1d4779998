"use client";
// ACC-3: confirm the password and the e-mail; a letter with a link follows.
import { confirmDataSchema } from "@/lib/validations/accounts";
import { confirmDataAction } from "@/lib/actions/accounts-self";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export const SENT_NOTE =
  "Письмо может прийти не сразу, а в течение получаса. Если его нет во «Входящих», проверьте папку «Спам». Пока письмо идёт, журналом можно пользоваться.";

export function ConfirmDataForm({ email, confirmed }: { email: string; confirmed: boolean }) {
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: confirmDataSchema,
    action: confirmDataAction,
    defaultValues: { ownPassword: "", email },
    success: (sentTo) => `Письмо для подтверждения отправлено на ${sentTo}. ${SENT_NOTE}`,
    onSuccess: () => form.setValue("ownPassword", ""),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-4" id="confirm">
      <p className="text-sm text-slate-600" data-testid="email-state">
        {confirmed ? `Почта ${email} подтверждена.` : "Почта не подтверждена: без неё не получится самостоятельно восстановить доступ."}
      </p>
      <FormMessage {...status} />
      <Field
        label="Пароль"
        type="password"
        autoComplete="current-password"
        error={errors.ownPassword?.message}
        {...form.register("ownPassword")}
      />
      <Field label="Электронная почта" type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
      <Button type="submit" pending={pending}>
        Подтвердить
      </Button>
    </form>
  );
}
