"use client";
// Registration by invite code (ACC-2): the code first, then login, password and contact data.
// A parent adds more children's codes with «Добавить» (ACC-9).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { checkCodeSchema } from "@/lib/validations/accounts";
import { checkInviteCodeAction } from "@/lib/actions/accounts";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { RegisterDetails, type CodeInfo } from "./register-details";

export function RegisterForm() {
  const [info, setInfo] = useState<(CodeInfo & { code: string }) | null>(null);
  const router = useRouter();
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: checkCodeSchema,
    action: checkInviteCodeAction,
    defaultValues: { code: "" },
    onSuccess: (data, values) => setInfo({ ...data, code: values.code }),
  });

  if (info) return <RegisterDetails info={info} onDone={(login) => router.push(`/register/done?login=${encodeURIComponent(login)}`)} />;

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      <p className="text-sm text-slate-600">Введите пригласительный код, который вы получили у куратора электронного журнала в школе.</p>
      <FormMessage {...status} />
      <Field
        label="Пригласительный код"
        autoComplete="off"
        autoCapitalize="characters"
        placeholder="XXXXX-XXXXX-XXXXX"
        error={errors.code?.message}
        {...form.register("code")}
      />
      <Button type="submit" className="w-full" pending={pending}>
        Зарегистрироваться
      </Button>
    </form>
  );
}
