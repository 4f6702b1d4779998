"use client";
// «Настройки» (ACC-8): stored now; the diary, messages and schedule read them.
import type { z } from "zod";
import { settingsSchema } from "@/lib/validations/accounts";
import { saveSettingsAction } from "@/lib/actions/accounts-self";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage, TextAreaField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Input = z.input<typeof settingsSchema>;

export function SettingsForm({ initial, hasDiary }: { initial: Input; hasDiary: boolean }) {
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: settingsSchema,
    action: saveSettingsAction,
    defaultValues: initial,
    success: "Настройки сохранены.",
  });
  const box = "h-4 w-4 rounded border-slate-300";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 text-sm">
      <FormMessage {...status} />
      {hasDiary && (
        <fieldset className="space-y-1">
          <legend className="font-medium text-slate-700">Стартовая страница</legend>
          <label className="flex items-center gap-2">
            <input type="radio" value="HOME" {...form.register("startPage")} /> Главная (мониторинг)
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="DIARY" {...form.register("startPage")} /> Дневник (раздел «Учёба»)
          </label>
        </fieldset>
      )}
      <label className="flex items-center gap-2">
        <input type="checkbox" className={box} {...form.register("copyMessagesToEmail")} /> Дублировать сообщения на электронную почту
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" className={box} {...form.register("markReadFromEmail")} /> Отмечать сообщение прочитанным, если оно открыто из письма
      </label>
      <TextAreaField label="Подпись к сообщениям" rows={3} className="max-w-md" error={errors.messageSignature?.message} {...form.register("messageSignature")} />
      <div className="space-y-1">
        <label htmlFor="scheduleView" className="block font-medium text-slate-700">
          Форма расписания
        </label>
        <select id="scheduleView" className="rounded-md border border-slate-300 px-3 py-2" {...form.register("scheduleView")}>
          <option value="week">Неделя</option>
          <option value="day">День</option>
          <option value="list">Список</option>
        </select>
      </div>
      <Button type="submit" pending={pending}>
        Сохранить
      </Button>
    </form>
  );
}
