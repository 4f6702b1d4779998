"use client";
// «Настройки» (ACC-8): the start page (app/page.tsx) and the timetable's form (app/(diary)/schedule).
import type { z } from "zod";
import { settingsSchema } from "@/lib/validations/accounts";
import { saveSettingsAction } from "@/lib/actions/accounts-self";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Input = z.input<typeof settingsSchema>;

export function SettingsForm({ initial, hasDiary }: { initial: Input; hasDiary: boolean }) {
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: settingsSchema,
    action: saveSettingsAction,
    defaultValues: initial,
    success: "Настройки сохранены.",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 text-sm">
      <FormMessage {...status} />
      {hasDiary && (
        <fieldset className="space-y-1">
          <legend className="font-medium text-slate-700">Стартовая страница</legend>
          <label className="flex min-h-10 items-center gap-2 sm:min-h-0">
            <input type="radio" value="HOME" {...form.register("startPage")} /> Главная (мониторинг)
          </label>
          <label className="flex min-h-10 items-center gap-2 sm:min-h-0">
            <input type="radio" value="DIARY" {...form.register("startPage")} /> Дневник (раздел «Учёба»)
          </label>
        </fieldset>
      )}
      <div className="space-y-1">
        <label htmlFor="scheduleView" className="block font-medium text-slate-700">
          Форма расписания
        </label>
        <select
          id="scheduleView"
          aria-describedby={errors.scheduleView ? "scheduleView-error" : undefined}
          className="rounded-md border border-slate-300 px-3 py-2"
          {...form.register("scheduleView")}
        >
          <option value="week">Сетка недели</option>
          <option value="list">Список</option>
        </select>
        <p className="text-xs text-slate-500">Так показывается «Расписание».</p>
        {errors.scheduleView && (
          <p id="scheduleView-error" role="alert" className="text-sm text-red-700">
            {errors.scheduleView.message}
          </p>
        )}
      </div>
      <Button type="submit" pending={pending}>
        Сохранить
      </Button>
    </form>
  );
}
