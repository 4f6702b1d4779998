// ADM-1: the school's profile and settings, study years with periods and holidays, bells; each
// year, period, holiday and bell can be edited in place or removed.
import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/viewer";
import { getSchoolProfile } from "@/lib/data/admin";
import { getSchoolCalendar } from "@/lib/data/admin-school";
import { PAID_SERVICES, PERIOD_KINDS } from "@/lib/validations/admin-school";
import { formatFullDate } from "@/lib/time/dates";
import { Card } from "@/components/ui/card";
import { AdminForm, type FieldSpec } from "@/components/admin/admin-form";
import { EditableRow } from "@/components/admin/editable-row";

export const metadata: Metadata = { title: "Школа и учебный год" };

// The fields the year, period, holiday and new-year forms share (the schemas share `range`).
const dateRange: FieldSpec[] = [
  { name: "startDate", label: "Начало", type: "date" },
  { name: "endDate", label: "Окончание", type: "date" },
];
const yearName: FieldSpec = { name: "name", label: "Название", type: "text", hint: "Например, 2027/2028" };
/** Rows of the bells form: the saved lessons and spare ones, up to 12. */
const bellRowCount = (saved: number) => Math.min(12, Math.max(saved + 2, 8));

const span = (r: { start: string; end: string }) => `${formatFullDate(r.start)} — ${formatFullDate(r.end)}`;

export default async function SchoolPage() {
  const viewer = await requireArea("admin");
  const [school, cal] = await Promise.all([getSchoolProfile(viewer), getSchoolCalendar(viewer)]);
  const yearOptions = cal.years.map((y) => ({ value: y.id, label: y.name }));
  const bellRows = Array.from({ length: bellRowCount(cal.bells.length) }, (_, i) => i);
  const current = cal.years.find((y) => y.isCurrent);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Школа и учебный год</h1>
      <Card title="Профиль и настройки">
        <AdminForm
          form="school"
          submitLabel="Сохранить"
          success="Сохранено."
          resetOnSuccess={false}
          defaults={{ ...school, publicUrl: school.publicUrl ?? "" }}
          fields={[
            { name: "name", label: "Полное название", type: "text" },
            { name: "shortName", label: "Краткое название", type: "text" },
            { name: "address", label: "Адрес школы", type: "text" },
            {
              name: "publicUrl",
              label: "Адрес журнала в интернете (печатается в приглашениях)",
              type: "text",
              hint: "Например, https://dnevnik.school17.ru",
            },
            { name: "personalNotesMode", label: "Персональные заметки вместо замечаний и комментариев", type: "checkbox" },
            { name: "parentsMayEditData", label: "Родители могут менять свои данные", type: "checkbox" },
            { name: "milestonesEnabled", label: "Рубежный контроль", type: "checkbox" },
            {
              name: "paidServices",
              label: "Платные сервисы",
              type: "checkboxes",
              options: Object.entries(PAID_SERVICES).map(([value, label]) => ({ value, label })),
            },
          ]}
        />
      </Card>

      <Card title="Учебные годы">
        <ul className="space-y-3" data-testid="years">
          {cal.years.map((y) => (
            <li key={y.id} className="space-y-2 rounded border border-slate-200 p-3 text-sm" data-testid={`year-${y.name}`}>
              <EditableRow
                label={`учебный год ${y.name}`}
                edit={{
                  form: "yearEdit",
                  fields: [yearName, ...dateRange],
                  defaults: { id: y.id, name: y.name, startDate: y.start, endDate: y.end },
                }}
                remove={y.isCurrent ? undefined : { action: "year", arg: { id: y.id } }}
              >
                <p className="font-medium">
                  {y.name} {y.isCurrent && <span className="rounded bg-green-100 px-1 text-green-800">текущий</span>}
                </p>
                <p className="text-slate-600">
                  {span(y)}, классов: {y.classes}
                </p>
              </EditableRow>
              {y.periods.length > 0 && <p className="font-medium">Периоды</p>}
              <ul className="space-y-1 pl-3">
                {y.periods.map((p) => (
                  <li key={p.id}>
                    <EditableRow
                      label={`период «${p.name}» ${y.name}`}
                      edit={{ form: "periodEdit", fields: dateRange, defaults: { id: p.id, startDate: p.start, endDate: p.end } }}
                      remove={{ action: "period", arg: { id: p.id } }}
                    >
                      {p.name} ({span(p)})
                    </EditableRow>
                  </li>
                ))}
              </ul>
              {y.holidays.length > 0 && <p className="font-medium">Каникулы</p>}
              <ul className="space-y-1 pl-3">
                {y.holidays.map((h) => (
                  <li key={h.id}>
                    <EditableRow
                      label={`каникулы «${h.name}» ${y.name}`}
                      edit={{
                        form: "holidayEdit",
                        fields: [{ name: "name", label: "Название", type: "text" }, ...dateRange],
                        defaults: { id: h.id, name: h.name, startDate: h.start, endDate: h.end },
                      }}
                      remove={{ action: "holiday", arg: { id: h.id } }}
                    >
                      {h.name} ({span(h)})
                    </EditableRow>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </Card>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Новый учебный год (заранее)">
          <AdminForm form="year" submitLabel="Создать год" success="Учебный год создан." fields={[yearName, ...dateRange]} />
        </Card>
        <Card title="Учебный период">
          <AdminForm
            form="period"
            submitLabel="Добавить период"
            success="Период добавлен."
            fields={[
              { name: "yearId", label: "Учебный год", type: "select", options: yearOptions },
              {
                name: "kind",
                label: "Вид",
                type: "select",
                options: Object.entries(PERIOD_KINDS).map(([value, label]) => ({ value, label })),
              },
              { name: "number", label: "Номер", type: "number" },
              ...dateRange,
            ]}
          />
        </Card>
        <Card title="Каникулы">
          <AdminForm
            form="holiday"
            submitLabel="Добавить каникулы"
            success="Каникулы добавлены."
            fields={[
              { name: "yearId", label: "Учебный год", type: "select", options: yearOptions },
              { name: "name", label: "Название", type: "text" },
              ...dateRange,
            ]}
          />
        </Card>
        <Card title="Звонки">
          <ol className="mb-3 text-sm" data-testid="bells">
            {cal.bells.map((b) => (
              <li key={b.number}>
                <EditableRow label={`${b.number}-й урок`} remove={{ action: "bell", arg: { number: b.number } }}>
                  {b.number}-й урок: {b.startsAt}–{b.endsAt}
                </EditableRow>
              </li>
            ))}
          </ol>
          {/* The saved lessons and spare rows for more (blank rows at the end are ignored). */}
          <AdminForm
            form="bells"
            submitLabel="Сохранить звонки"
            success="Звонки сохранены."
            resetOnSuccess={false}
            defaults={{ bells: bellRows.map((i) => ({ startsAt: cal.bells[i]?.startsAt ?? "", endsAt: cal.bells[i]?.endsAt ?? "" })) }}
            fields={bellRows.flatMap((i) => [
              { name: `bells.${i}.startsAt`, label: `${i + 1}-й урок: начало`, type: "time" as const },
              { name: `bells.${i}.endsAt`, label: `${i + 1}-й урок: конец`, type: "time" as const },
            ])}
            inline
          />
        </Card>
      </div>
      <Card title="Начать новый учебный год">
        <p className="mb-3 text-sm text-slate-600">
          Новый год станет текущим, классы перейдут в следующую параллель с теми же учениками и классными руководителями, 11-е классы
          выпускаются. Данные {current ? `${current.name}` : "прошлого года"} останутся доступны для чтения. Нагрузку и расписание нового
          года назначьте заново.
        </p>
        <AdminForm
          form="newYear"
          submitLabel="Начать новый год"
          success="Новый учебный год начат."
          fields={[{ ...yearName, label: "Название нового года" }, ...dateRange]}
        />
      </Card>
    </div>
  );
}
