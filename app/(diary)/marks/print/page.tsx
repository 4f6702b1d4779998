// GRD-1 print view: only the table, with the site's header and navigation hidden on paper.
import type { Metadata } from "next";
import { requireSection } from "@/lib/auth/viewer";
import { fullName } from "@/lib/names";
import { MarksTable } from "@/components/diary/marks-table";
import { PrintButton } from "@/components/diary/print-button";
import { loadMarksTable } from "@/lib/data/diary-marks";

export const metadata: Metadata = { title: "Текущие отметки — печать" };

const PRINT_CSS = "@media print { header, nav, [data-no-print] { display: none !important; } main { padding: 0 !important; } }";

export default async function MarksPrintPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const { viewer, child } = await requireSection("marks");
  const { period, rows } = await loadMarksTable(viewer.school, child, "MAIN", (await searchParams).period);
  return (
    <div className="bg-white p-2" data-testid="print-view">
      <style>{PRINT_CSS}</style>
      <div data-no-print className="mb-3">
        <PrintButton />
      </div>
      <h1 className="text-lg font-semibold">Текущие отметки{period && `: ${period.name}`}</h1>
      <p className="mb-3 text-sm">
        {fullName(child)}
        {child.classLabel && `, ${child.classLabel} класс`} — {viewer.school.shortName}
      </p>
      <MarksTable rows={rows} print />
    </div>
  );
}
