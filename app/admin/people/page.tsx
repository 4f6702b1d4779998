// Люди и доступ (ACC-5, ADM-3): the school's people with their logins — searched, filtered by role,
// sorted and paged on the server.
import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/viewer";
import { searchPeople } from "@/lib/data/accounts";
import { peopleQuerySchema } from "@/lib/validations/admin-people";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { PeopleTable } from "@/components/admin/people-table";
import { Pager } from "@/components/admin/pager";
import { ROLE_LABELS } from "@/lib/access/roles";

export const metadata: Metadata = { title: "Люди и доступ" };

const input = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireArea("admin");
  const raw = await searchParams;
  const query = peopleQuerySchema.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])),
  );
  const data = await searchPeople(viewer, query);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Люди и доступ</h1>
      <Card>
        <form className="grid gap-2 sm:grid-cols-[1fr_12rem_auto] sm:items-end" role="search">
          <label htmlFor="q" className="text-sm">
            Фамилия, имя или логин
            <input id="q" name="q" defaultValue={query.q} className={input} />
          </label>
          <label htmlFor="role" className="text-sm">
            Роль
            <select id="role" name="role" defaultValue={query.role ?? ""} className={input}>
              <option value="">Все</option>
              {Object.entries(ROLE_LABELS).map(([role, label]) => (
                <option key={role} value={role}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit">Найти</Button>
        </form>
      </Card>
      <div className="rounded-lg border border-slate-200 bg-white p-2">
        <PeopleTable rows={data.rows} />
      </div>
      <Pager page={query.page} pages={data.pages} total={data.total} />
    </div>
  );
}
