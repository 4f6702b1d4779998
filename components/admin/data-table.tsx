"use client";
// The markup of the admin tables (people, classes, audit) over a TanStack Table v9 instance:
// a table on wide screens, labelled cards on a phone. Sorting, filtering and paging are done by
// the server through search params; the table only lays the rows out.
import type { Header, Cell, RowData, TableFeatures } from "@tanstack/react-table";
import { SortLink } from "./sort-link";

type AnyTable<F extends TableFeatures, R extends RowData> = {
  getHeaderGroups: () => { id: string; headers: Header<F, R, unknown>[] }[];
  getRowModel: () => { rows: { id: string; getAllCells: () => Cell<F, R, unknown>[] }[] };
  FlexRender: React.ComponentType<{ header: Header<F, R, unknown> } | { cell: Cell<F, R, unknown> }>;
};

export function DataTable<F extends TableFeatures, R extends RowData>({
  table,
  sortable = [],
  caption,
  empty,
  testId,
}: {
  table: AnyTable<F, R>;
  sortable?: readonly string[];
  caption: string;
  empty: string;
  testId?: string;
}) {
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const rows = table.getRowModel().rows;
  const titleOf = (id: string) => {
    const def = headers.find((h) => h.column.id === id)?.column.columnDef.header;
    return typeof def === "string" ? def : id;
  };
  if (!rows.length) return <p className="py-4 text-center text-sm text-slate-500">{empty}</p>;
  return (
    <table className="block w-full text-left text-sm sm:table" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead className="hidden border-b text-slate-600 sm:table-header-group">
        <tr>
          {headers.map((h) => (
            <th key={h.id} scope="col" className="px-2 py-2 font-medium">
              {sortable.includes(h.column.id) ? (
                <SortLink column={h.column.id} label={titleOf(h.column.id)} />
              ) : (
                <table.FlexRender header={h} />
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="block sm:table-row-group">
        {rows.map((row) => (
          <tr key={row.id} className="block border-b py-2 last:border-0 sm:table-row sm:py-0">
            {row.getAllCells().map((cell) => (
              <td key={cell.id} className="flex gap-2 px-2 py-0.5 align-top sm:table-cell sm:py-2">
                <span className="w-28 shrink-0 text-xs text-slate-500 sm:hidden">{titleOf(cell.column.id)}</span>
                <span className="min-w-0 [overflow-wrap:anywhere]">
                  <table.FlexRender cell={cell} />
                </span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
