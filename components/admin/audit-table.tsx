"use client";
// The audit log table (ADM-4): TanStack Table v9, rows sorted and paged by the server.
import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import type { AuditRow } from "@/lib/data/admin-audit";
import { DataTable } from "./data-table";

const ACTION_LABELS: Record<string, string> = {
  "import.people": "Импорт людей",
  "invite.issue": "Выданы пригласительные коды",
  "school.update": "Изменены данные школы",
  "school.year.create": "Создан учебный год",
  "school.year.start": "Начат новый учебный год",
  "school.period.create": "Добавлен учебный период",
  "school.holiday.create": "Добавлены каникулы",
  "school.bells.update": "Изменено расписание звонков",
  "class.create": "Создан класс",
  "subject.create": "Добавлен предмет",
  "staff.roles.set": "Изменены роли сотрудника",
  "assignment.create": "Назначена нагрузка",
  "timetable.slot.create": "Добавлен урок в расписание",
  "timetable.slot.delete": "Урок убран из расписания",
  "school.year.update": "Изменён учебный год",
  "school.year.delete": "Удалён учебный год",
  "school.period.update": "Изменён учебный период",
  "school.period.delete": "Удалён учебный период",
  "school.holiday.update": "Изменены каникулы",
  "school.holiday.delete": "Удалены каникулы",
  "school.bell.delete": "Удалён урок из звонков",
  "class.update": "Изменён класс",
  "class.delete": "Удалён класс",
  "subject.update": "Изменён предмет",
  "subject.delete": "Удалён предмет",
  "assignment.update": "Изменена нагрузка",
  "assignment.delete": "Удалена нагрузка",
};

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, AuditRow>();
const when = new Intl.DateTimeFormat("ru-RU", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Moscow" });

const columns = helper.columns([
  helper.accessor("at", { id: "createdAt", header: "Когда", cell: (c) => when.format(new Date(c.getValue())) }),
  helper.accessor("actor", { header: "Кто" }),
  helper.accessor("action", {
    header: "Действие",
    cell: (c) => (
      <>
        {ACTION_LABELS[c.getValue()] ?? c.getValue()}
        <span className="block text-xs text-slate-500">{c.getValue()}</span>
      </>
    ),
  }),
  helper.accessor("details", { header: "Подробности", cell: (c) => <span className="font-mono text-xs">{c.getValue()}</span> }),
]);

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const table = useTable({ features, columns, data: rows, getRowId: (r) => r.id });
  return <DataTable table={table} sortable={["createdAt", "action"]} caption="Журнал изменений" empty="Записей не найдено." testId="audit-table" />;
}
