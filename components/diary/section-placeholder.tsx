// The honest page of a diary section that is not built yet: no invented data.
import type { Metadata } from "next";
import { requireSection } from "@/lib/auth/viewer";
import { getSection } from "@/lib/access/matrix";

export async function SectionPlaceholder({ id }: { id: string }) {
  const { section } = await requireSection(id);
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
      <h1 className="text-xl font-semibold">{section.title}</h1>
      <p className="mt-2 text-slate-600">Раздел в разработке. Скоро здесь появятся данные из журнала.</p>
    </div>
  );
}

/** The page's <title>: the section's name from the matrix («Раздел — Электронный дневник»). */
export function sectionMetadata(id: string): Metadata {
  return { title: getSection(id).title };
}
