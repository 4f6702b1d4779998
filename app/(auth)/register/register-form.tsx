"use client";
// Registration by invite code (ACC-2): the code first, then login, password and contact data.
// A parent adds more children's codes with «Добавить» (ACC-9).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { checkCodeSchema } from "@/lib/validations/accounts";
import { checkInviteCodeAction } from "@/lib/actions/accounts";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { RegisterDetails, type CodeInfo } from "./register-details";

export function RegisterForm() {
  const [info, setInfo] = useState<(CodeInfo & { code: string }) | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const router = useRouter();
  const form = useForm<z.input<typeof checkCodeSchema>>({ resolver: zodResolver(checkCodeSchema), defaultValues: { code: "" } });
  const { errors, isSubmitting } = form.formState;

  if (info) return <RegisterDetails info={info} onDone={(login) => router.push(`/register/done?login=${encodeURIComponent(login)}`)} />;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await checkInviteCodeAction(values);
    if (result.ok) setInfo({ ...result.data, code: values.code });
    else setMessage(result.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      <p className="text-sm text-slate-600">Введите пригласительный код, который вы получили у куратора электронного журнала в школе.</p>
      <FormMessage message={message} />
      <Field label="Пригласительный код" autoComplete="off" autoCapitalize="characters" placeholder="XXXXX-XXXXX-XXXXX" error={errors.code?.message} {...form.register("code")} />
      <Button type="submit" className="w-full" pending={isSubmitting}>
        Зарегистрироваться
      </Button>
    </form>
  );
}
