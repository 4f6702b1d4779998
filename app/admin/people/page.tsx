// Люди и доступ (ACC-5, ADM-3): find a person of the school, see their login.
import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/viewer";
import { searchPeople } from "@/lib/data/accounts";
import { Card, EmptyState } from "@/components/ui/card";
import { ROLE_LABEL } from "@/components/admin/role-label";

export const metadata: Metadata = { title: "Люди и доступ" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const viewer = await requireArea("admin");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 100) : "";
  const people = await searchPeople(viewer, query);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Люди и доступ</h1>
      <Card>
        <form className="flex gap-2" role="search">
          <label htmlFor="q" className="sr-only">
            Фамилия, имя или логин
          </label>
          <input id="q" name="q" defaultValue={query} placeholder="Фамилия, имя или логин" className="block w-full max-w-md rounded-md border border-slate-300 px-3 py-2" />
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
            Найти
          </button>
        </form>
      </Card>
      {query && (
        <Card title="Найдено">
          {people.length === 0 ? (
            <EmptyState>Никого не нашлось.</EmptyState>
          ) : (
            <table className="w-full text-left text-sm" data-testid="people-table">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-1 pr-3">ФИО</th>
                  <th className="py-1 pr-3">Роль</th>
                  <th className="py-1 pr-3">Класс</th>
                  <th className="py-1">Логин</th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr key={p.id} className="border-t border-slate-100">
                    <td className="py-1 pr-3">
                      <Link href={`/admin/people/${p.id}`} className="text-brand-700 hover:underline">
                        {p.name}
                      </Link>
                    </td>
                    <td className="py-1 pr-3">{p.roles.map((r) => ROLE_LABEL[r]).join(", ")}</td>
                    <td className="py-1 pr-3">{p.classLabel ?? "—"}</td>
                    <td className="py-1">{p.login ?? <span className="text-slate-400">не зарегистрирован</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      )}
    </div>
  );
}
