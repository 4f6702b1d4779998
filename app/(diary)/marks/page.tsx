// GRD-1 «Текущие отметки».
import type { Metadata } from "next";
import Link from "next/link";
import { requireSection } from "@/lib/auth/viewer";
import { Card, EmptyState } from "@/components/ui/card";
import { PeriodSwitch } from "@/components/diary/period-switch";
import { MarksTable } from "@/components/diary/marks-table";
import { loadMarksTable } from "@/lib/data/diary-marks";

export const metadata: Metadata = { title: "Текущие отметки" };

export default async function MarksPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const { viewer, child } = await requireSection("marks");
  const { periods, period, rows } = await loadMarksTable(viewer.school, child, "MAIN", (await searchParams).period);
  const q = period ? `?period=${period.id}` : "";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">Текущие отметки</h1>
        <PeriodSwitch path="/marks" periods={periods} current={period?.id ?? null} />
      </div>
      <Card>
        {rows.length === 0 ? <EmptyState>Предметов в этом периоде нет</EmptyState> : <MarksTable rows={rows} />}
        <p className="mt-2 text-xs text-slate-500">
          Средний балл — среднее взвешенное: каждая отметка умножается на свой вес; «4/5» считается как 4,5; «зч», «нз» и пропуски не
          учитываются.
        </p>
        <div className="mt-3 flex gap-4 text-sm">
          <Link href={`/marks/print${q}`} className="text-brand-700 underline">
            Печать
          </Link>
          <a href={`/marks/export${q}`} download className="text-brand-700 underline">
            Экспорт в Excel
          </a>
        </div>
      </Card>
    </div>
  );
}
