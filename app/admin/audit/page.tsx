// ADM-4: who changed what and when, filtered by person, kind and date, paged on the server.
import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/viewer";
import { getAuditPage } from "@/lib/data/admin-audit";
import { AUDIT_KINDS, auditQuerySchema } from "@/lib/validations/admin-audit";
import { AuditTable } from "@/components/admin/audit-table";
import { Pager } from "@/components/admin/pager";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Журнал изменений" };

const input = "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireArea("admin");
  const raw = await searchParams;
  const q = auditQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])));
  const data = await getAuditPage(viewer, q);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Журнал изменений</h1>
      <form method="get" className="grid grid-cols-1 gap-3 sm:grid-cols-5 sm:items-end" aria-label="Фильтр журнала">
        <label className="text-sm">
          Кто
          <select name="actor" defaultValue={q.actor ?? ""} className={input}>
            <option value="">Все</option>
            {data.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Что
          <select name="kind" defaultValue={q.kind ?? ""} className={input}>
            <option value="">Всё</option>
            {Object.entries(AUDIT_KINDS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          С даты
          <input type="date" name="from" defaultValue={q.from} className={input} />
        </label>
        <label className="text-sm">
          По дату
          <input type="date" name="to" defaultValue={q.to} className={input} />
        </label>
        <Button type="submit" variant="secondary">
          Показать
        </Button>
      </form>
      <div className="rounded-lg border border-slate-200 bg-white p-2">
        <AuditTable rows={data.rows} />
      </div>
      <Pager page={q.page} pages={data.pages} total={data.total} />
    </div>
  );
}
