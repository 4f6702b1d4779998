"use client";
// The audit log table (ADM-4): TanStack Table v9, rows sorted and paged by the server.
import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import type { AuditRow } from "@/lib/data/admin-audit";
import { DataTable } from "./data-table";

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, AuditRow>();
const when = new Intl.DateTimeFormat("ru-RU", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Moscow" });

const columns = helper.columns([
  helper.accessor("at", { id: "createdAt", header: "Когда", cell: (c) => when.format(new Date(c.getValue())) }),
  helper.accessor("actor", { header: "Кто" }),
  helper.accessor("action", {
    header: "Действие",
    cell: (c) => c.row.original.what,
  }),
  helper.accessor("details", { header: "Подробности", cell: (c) => <span className="text-xs text-slate-700">{c.getValue()}</span> }),
]);

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const table = useTable({ features, columns, data: rows, getRowId: (r) => r.id });
  return (
    <DataTable
      table={table}
      sortable={["createdAt", "action"]}
      caption="Журнал изменений"
      empty="Записей не найдено."
      testId="audit-table"
    />
  );
}
