"use client";
// «Мои данные» of a parent (ACC-6). СНИЛС is never sent back: an empty field keeps the saved one.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { profileSchema } from "@/lib/validations/accounts";
import { updateProfileAction } from "@/lib/actions/accounts-self";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Input = z.input<typeof profileSchema>;

export function ProfileForm({ initial, maskedSnils, emailConfirmed }: { initial: Input; maskedSnils: string | null; emailConfirmed: boolean }) {
  const router = useRouter();
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<Input>({ resolver: zodResolver(profileSchema), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setState(null);
    const r = await updateProfileAction(values);
    if (r.ok) {
      form.setValue("snils", "");
      setState({ ok: true, message: r.data.emailChanged ? "Данные сохранены. На новый адрес отправлено письмо для подтверждения; оно может прийти в течение получаса." : "Данные сохранены." });
      router.refresh();
      return;
    }
    setState({ ok: false, message: r.message });
    for (const [key, msgs] of Object.entries(r.fieldErrors ?? {})) if (msgs?.[0] && key in values) form.setError(key as keyof Input, { message: msgs[0] });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-4">
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <Field label="Фамилия" autoComplete="family-name" error={errors.lastName?.message} {...form.register("lastName")} />
      <Field label="Имя" autoComplete="given-name" error={errors.firstName?.message} {...form.register("firstName")} />
      <Field label="Отчество" autoComplete="additional-name" error={errors.middleName?.message} {...form.register("middleName")} />
      <Field
        label="СНИЛС"
        inputMode="numeric"
        placeholder="123-456-789 01"
        hint={maskedSnils ? `Сохранён: ${maskedSnils}. Оставьте поле пустым, чтобы не менять.` : undefined}
        error={errors.snils?.message}
        {...form.register("snils")}
      />
      <Field label="Страница ВКонтакте" placeholder="https://vk.com/…" error={errors.vkUrl?.message} {...form.register("vkUrl")} />
      <Field
        label="Электронная почта"
        type="email"
        autoComplete="email"
        hint={initial.email ? (emailConfirmed ? "Подтверждена" : "Не подтверждена") : undefined}
        error={errors.email?.message}
        {...form.register("email")}
      />
      <Button type="submit" pending={isSubmitting}>
        Сохранить
      </Button>
    </form>
  );
}
