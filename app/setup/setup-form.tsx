"use client";
// ADM-5: school, first curator, study year (accept the default or edit) and bells, sent at once.
import { forwardRef, useState } from "react";
import Link from "next/link";
import { useFieldArray, useForm, type FieldPath, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { setupFormSchema, type SetupFormInput } from "@/lib/setup/schema";
import { createSchoolBySetupAction } from "@/lib/actions/setup";
import type { DefaultYear, YearKind } from "@/lib/setup/default-year";
import { PASSWORD_HINT } from "@/lib/validations/password";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Option = { value: string; label: string };
type Props = {
  token: string;
  zones: Option[];
  kinds: Option[];
  years: Record<YearKind, DefaultYear>;
  bells: { startsAt: string; endsAt: string }[];
};
type Bell = { startsAt: string; endsAt: string };
type Values = Omit<SetupFormInput, "bells"> & { bells: Bell[] };

const select = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base";
const small = "w-full min-w-0 rounded-md border border-slate-300 px-2 py-1 text-sm";

export function SetupForm({ token, zones, kinds, years, bells }: Props) {
  const [done, setDone] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // raw: the server parses the same schema again, so the form sends what was typed.
  const form = useForm<Values>({
    resolver: zodResolver(setupFormSchema, undefined, { raw: true }) as unknown as Resolver<Values>,
    defaultValues: {
      token,
      school: { name: "", shortName: "", address: "", timezone: "Europe/Moscow", publicUrl: "" },
      curator: { lastName: "", firstName: "", middleName: "", login: "", email: "", password: "", password2: "" },
      year: years.QUARTER,
      bells,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const periods = useFieldArray({ control: form.control, name: "year.periods" });
  const holidays = useFieldArray({ control: form.control, name: "year.holidays" });
  const bellRows = useFieldArray({ control: form.control, name: "bells" });
  const r = form.register;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await createSchoolBySetupAction(values as SetupFormInput);
    if (result.ok) return setDone(result.data.login);
    setMessage(result.message);
    for (const [key, msgs] of Object.entries(result.fieldErrors ?? {}))
      if (msgs?.[0]) form.setError(key as FieldPath<Values>, { message: msgs[0] });
  });

  if (done)
    return (
      <div className="space-y-3" data-testid="setup-done">
        <FormMessage
          tone="success"
          message={`Школа создана. Войдите в журнал как куратор с логином «${done}» и паролем, который вы задали.`}
        />
        <Link href="/login" className="font-medium text-brand-700 underline">
          Войти
        </Link>
      </div>
    );

  const e = errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <Card title="Школа">
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Полное название" error={e.school?.name?.message} {...r("school.name")} />
          <Field label="Краткое название" error={e.school?.shortName?.message} {...r("school.shortName")} />
          <Field label="Адрес школы" error={e.school?.address?.message} {...r("school.address")} />
          <div className="space-y-1">
            <label htmlFor="school.timezone" className="block text-sm font-medium text-slate-700">
              Часовой пояс
            </label>
            <select
              id="school.timezone"
              className={select}
              aria-describedby={e.school?.timezone ? "tz-error" : undefined}
              {...r("school.timezone")}
            >
              {zones.map((z) => (
                <option key={z.value} value={z.value}>
                  {z.label}
                </option>
              ))}
            </select>
            {e.school?.timezone && (
              <p id="tz-error" role="alert" className="text-sm text-red-700">
                {e.school.timezone.message}
              </p>
            )}
          </div>
          <Field
            label="Адрес журнала в интернете (необязательно)"
            hint="Например, https://dnevnik.school5.ru"
            error={e.school?.publicUrl?.message}
            {...r("school.publicUrl")}
          />
        </div>
      </Card>
      <Card title="Куратор электронного журнала">
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Фамилия" autoComplete="family-name" error={e.curator?.lastName?.message} {...r("curator.lastName")} />
          <Field label="Имя" autoComplete="given-name" error={e.curator?.firstName?.message} {...r("curator.firstName")} />
          <Field label="Отчество" autoComplete="additional-name" error={e.curator?.middleName?.message} {...r("curator.middleName")} />
          <Field label="Электронная почта" type="email" autoComplete="email" error={e.curator?.email?.message} {...r("curator.email")} />
          <Field label="Логин" autoComplete="username" autoCapitalize="none" error={e.curator?.login?.message} {...r("curator.login")} />
          <div />
          <Field
            label="Пароль"
            type="password"
            autoComplete="new-password"
            hint={PASSWORD_HINT}
            error={e.curator?.password?.message}
            {...r("curator.password")}
          />
          <Field
            label="Повторите пароль"
            type="password"
            autoComplete="new-password"
            error={e.curator?.password2?.message}
            {...r("curator.password2")}
          />
        </div>
      </Card>
      <Card title="Учебный год">
        <div className="grid gap-3 sm:grid-cols-4">
          <Field label="Название" error={e.year?.name?.message} {...r("year.name")} />
          <Field label="Начало" type="date" error={e.year?.startDate?.message} {...r("year.startDate")} />
          <Field label="Окончание" type="date" error={e.year?.endDate?.message} {...r("year.endDate")} />
          <div className="space-y-1">
            <label htmlFor="year.kind" className="block text-sm font-medium text-slate-700">
              Деление года
            </label>
            <select
              id="year.kind"
              className={select}
              {...r("year.kind", { onChange: (ev) => periods.replace(years[ev.target.value as YearKind].periods) })}
            >
              {kinds.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset className="mt-3">
          <legend className="text-sm font-medium text-slate-700">Периоды</legend>
          {e.year?.periods?.message && (
            <p role="alert" className="text-sm text-red-700">
              {e.year.periods.message}
            </p>
          )}
          {periods.fields.map((f, i) => (
            <div key={f.id} className="mt-1 grid grid-cols-[3rem_1fr_1fr] items-start gap-2 text-sm" data-testid="setup-period">
              <span className="pt-1">{i + 1}</span>
              <DateCell
                label={`Начало периода ${i + 1}`}
                error={e.year?.periods?.[i]?.startDate?.message}
                {...r(`year.periods.${i}.startDate`)}
              />
              <DateCell
                label={`Окончание периода ${i + 1}`}
                error={e.year?.periods?.[i]?.endDate?.message}
                {...r(`year.periods.${i}.endDate`)}
              />
            </div>
          ))}
        </fieldset>
        <fieldset className="mt-3">
          <legend className="text-sm font-medium text-slate-700">Каникулы и праздники</legend>
          {holidays.fields.map((f, i) => (
            <div key={f.id} className="mt-1 grid grid-cols-[1fr_9rem_9rem_auto] items-start gap-2 text-sm">
              <input aria-label={`Название каникул ${i + 1}`} className={small} {...r(`year.holidays.${i}.name`)} />
              <DateCell
                label={`Начало каникул ${i + 1}`}
                error={e.year?.holidays?.[i]?.startDate?.message ?? e.year?.holidays?.[i]?.name?.message}
                {...r(`year.holidays.${i}.startDate`)}
              />
              <DateCell
                label={`Окончание каникул ${i + 1}`}
                error={e.year?.holidays?.[i]?.endDate?.message}
                {...r(`year.holidays.${i}.endDate`)}
              />
              <Button
                type="button"
                variant="ghost"
                className="px-2 py-1"
                onClick={() => holidays.remove(i)}
                aria-label={`Убрать каникулы ${i + 1}`}
              >
                ×
              </Button>
            </div>
          ))}
          <Button
            type="button"
            variant="ghost"
            className="mt-1 px-2 py-1"
            onClick={() => holidays.append({ name: "", startDate: "", endDate: "" })}
          >
            Добавить каникулы
          </Button>
        </fieldset>
      </Card>
      <Card title="Звонки">
        {bellRows.fields.map((f, i) => (
          <div key={f.id} className="mt-1 grid grid-cols-[4rem_7rem_7rem_auto] items-start gap-2 text-sm">
            <span className="pt-1">{i + 1} урок</span>
            <TimeCell label={`Начало урока ${i + 1}`} error={e.bells?.[i]?.startsAt?.message} {...r(`bells.${i}.startsAt`)} />
            <TimeCell label={`Конец урока ${i + 1}`} error={e.bells?.[i]?.endsAt?.message} {...r(`bells.${i}.endsAt`)} />
            {i === bellRows.fields.length - 1 && i > 0 && (
              <Button
                type="button"
                variant="ghost"
                className="px-2 py-1"
                onClick={() => bellRows.remove(i)}
                aria-label={`Убрать урок ${i + 1}`}
              >
                ×
              </Button>
            )}
          </div>
        ))}
        {bellRows.fields.length < 12 && (
          <Button type="button" variant="ghost" className="mt-1 px-2 py-1" onClick={() => bellRows.append({ startsAt: "", endsAt: "" })}>
            Добавить урок
          </Button>
        )}
      </Card>
      <Button type="submit" pending={isSubmitting}>
        Создать школу
      </Button>
    </form>
  );
}

type CellProps = React.InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string; name: string };

/** A date or time input in a row, its error under it. */
const Cell = forwardRef<HTMLInputElement, CellProps>(function Cell({ label, error, ...rest }, ref) {
  const id = rest.name;
  return (
    <div>
      <input
        ref={ref}
        id={id}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={small}
        {...rest}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
});

const DateCell = forwardRef<HTMLInputElement, CellProps>(function DateCell(p, ref) {
  return <Cell {...p} ref={ref} type="date" />;
});
const TimeCell = forwardRef<HTMLInputElement, CellProps>(function TimeCell(p, ref) {
  return <Cell {...p} ref={ref} type="time" />;
});
