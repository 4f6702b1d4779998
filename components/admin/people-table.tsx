"use client";
// The school's people (ADM-3, ACC-5): TanStack Table v9 over rows sorted and paged by the server.
import Link from "next/link";
import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import type { PersonRow } from "@/lib/data/accounts";
import { ROLE_LABELS } from "@/lib/access/roles";
import { DataTable } from "./data-table";

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, PersonRow>();
const columns = helper.columns([
  helper.accessor("name", {
    header: "ФИО",
    cell: (c) => (
      <Link href={`/admin/people/${c.row.original.id}`} className="text-brand-700 hover:underline">
        {c.getValue()}
      </Link>
    ),
  }),
  helper.accessor((r) => r.roles.map((role) => ROLE_LABELS[role]).join(", "), { id: "roles", header: "Роль" }),
  helper.accessor((r) => r.classLabel ?? "—", { id: "class", header: "Класс" }),
  helper.accessor("login", {
    header: "Логин",
    cell: (c) => c.getValue() ?? <span className="text-slate-600">не зарегистрирован</span>,
  }),
]);

export function PeopleTable({ rows }: { rows: PersonRow[] }) {
  const table = useTable({ features, columns, data: rows, getRowId: (r) => r.id });
  return <DataTable table={table} sortable={["name", "login"]} caption="Люди школы" empty="Никого не нашлось." testId="people-table" />;
}
