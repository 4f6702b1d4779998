"use client";
// «Мои данные» of a parent (ACC-6). СНИЛС is never sent back: an empty field keeps the saved one.
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { profileSchema } from "@/lib/validations/accounts";
import { updateProfileAction } from "@/lib/actions/accounts-self";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Input = z.input<typeof profileSchema>;

export function ProfileForm({
  initial,
  maskedSnils,
  emailConfirmed,
}: {
  initial: Input;
  maskedSnils: string | null;
  emailConfirmed: boolean;
}) {
  const router = useRouter();
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: profileSchema,
    action: updateProfileAction,
    defaultValues: initial,
    success: (data) =>
      data.emailChanged
        ? "Данные сохранены. На новый адрес отправлено письмо для подтверждения; оно может прийти в течение получаса."
        : "Данные сохранены.",
    onSuccess: () => {
      form.setValue("snils", "");
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-4">
      <FormMessage {...status} />
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
      <Button type="submit" pending={pending}>
        Сохранить
      </Button>
    </form>
  );
}
