// ADM-3: import students and parents from .xlsx or .csv; export the school's people.
import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/viewer";
import { ImportForm } from "@/components/admin/import-form";
import { getSchoolProfile } from "@/lib/data/admin";

export const metadata: Metadata = { title: "Импорт и экспорт" };

export default async function ImportPage() {
  const viewer = await requireArea("admin");
  const school = await getSchoolProfile(viewer);
  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">Импорт учеников и родителей</h1>
        <a href="/admin/export" className="text-sm text-brand-700 underline" download>
          Выгрузить всех людей школы (.xlsx)
        </a>
      </div>
      <ImportForm address={school.publicUrl ?? school.address} />
    </div>
  );
}
