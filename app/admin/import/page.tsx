// ADM-3: import students and parents from .xlsx or .csv; export the school's people.
import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/viewer";
import { ImportForm } from "@/components/admin/import-form";
import { getSchoolProfile } from "@/lib/data/admin";

export const metadata: Metadata = { title: "Импорт и экспорт" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const viewer = await requireArea("admin");
  const staff = (await searchParams).kind === "staff";
  const school = await getSchoolProfile(viewer);
  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">{staff ? "Импорт сотрудников" : "Импорт учеников и родителей"}</h1>
        <nav aria-label="Что импортировать" className="flex gap-3 text-sm">
          <a
            href="/admin/import"
            aria-current={staff ? undefined : "page"}
            className="text-brand-700 hover:underline aria-[current=page]:font-semibold"
          >
            Ученики и родители
          </a>
          <a
            href="/admin/import?kind=staff"
            aria-current={staff ? "page" : undefined}
            className="text-brand-700 hover:underline aria-[current=page]:font-semibold"
          >
            Сотрудники
          </a>
        </nav>
        <a href="/admin/export" className="text-sm text-brand-700 underline" download>
          Выгрузить всех людей школы (.xlsx)
        </a>
      </div>
      <ImportForm key={staff ? "staff" : "people"} kind={staff ? "staff" : "people"} address={school.publicUrl ?? school.address} />
    </div>
  );
}
