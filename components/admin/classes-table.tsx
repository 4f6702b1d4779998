"use client";
// The classes of the current year (ADM-2): TanStack Table v9, sorted by the server.
import Link from "next/link";
import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import type { ClassRow } from "@/lib/data/admin-classes";
import { DataTable } from "./data-table";

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, ClassRow>();
const columns = helper.columns([
  helper.accessor("label", {
    id: "grade",
    header: "Класс",
    cell: (c) => (
      <Link href={`/admin/classes/${c.row.original.id}`} className="font-medium text-brand-700 underline">
        {c.getValue()}
      </Link>
    ),
  }),
  helper.accessor("teacher", { header: "Классный руководитель" }),
  helper.accessor("students", { header: "Учеников" }),
  helper.display({
    id: "timetable",
    header: "Расписание",
    cell: (c) => (
      <Link href={`/admin/timetable?class=${c.row.original.id}`} className="text-brand-700 underline">
        открыть
      </Link>
    ),
  }),
]);

export function ClassesTable({ rows }: { rows: ClassRow[] }) {
  const table = useTable({ features, columns, data: rows, getRowId: (r) => r.id });
  return <DataTable table={table} sortable={["grade", "students"]} caption="Классы" empty="Классов пока нет." testId="classes-table" />;
}
