"use client";

import { forgotPasswordSchema } from "@/lib/validations/accounts";
import { forgotPasswordAction } from "@/lib/actions/accounts";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function ForgotForm() {
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: forgotPasswordSchema,
    action: forgotPasswordAction,
    defaultValues: { email: "" },
    success: (message) => message,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      <FormMessage {...status} />
      <Field label="Электронная почта" type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
      <Button type="submit" className="w-full" pending={pending}>
        Отправить письмо
      </Button>
    </form>
  );
}
