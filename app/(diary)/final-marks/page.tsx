// GRD-4 «Итоговые оценки»: intermediate and final attestation, this year and past years.
import type { Metadata } from "next";
import Link from "next/link";
import { requireSection } from "@/lib/auth/viewer";
import { getFinalMarks } from "@/lib/data/diary-results";
import { Card, EmptyState } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

export const metadata: Metadata = { title: "Итоговые оценки" };

const KIND_TITLES: Record<string, string> = { YEAR: "Годовая", EXAM: "Экзамен", FINAL: "Итоговая" };

export default async function FinalMarksPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const { viewer, child } = await requireSection("final-marks");
  const years = await getFinalMarks(viewer.school.id, child);
  const wanted = (await searchParams).year;
  const year = years.find((y) => y.id === wanted) ?? years.find((y) => y.isCurrent) ?? years[0];
  const periods = [
    ...new Map((year?.marks ?? []).filter((m) => m.kind === "PERIOD").map((m) => [m.periodNumber ?? 0, m.period ?? ""])),
  ].sort((a, b) => a[0] - b[0]);
  const kinds = Object.keys(KIND_TITLES).filter((k) => year?.marks.some((m) => m.kind === k));
  const subjects = [...new Set((year?.marks ?? []).map((m) => m.subject))].sort((a, b) => a.localeCompare(b, "ru"));
  const cell = (subject: string, kind: string, period?: string) =>
    year?.marks.find((m) => m.subject === subject && m.kind === kind && (period === undefined || m.period === period))?.value ?? "";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">Итоговые оценки</h1>
        <nav aria-label="Учебный год" className="flex flex-wrap gap-1">
          {years.map((y) => (
            <Link
              key={y.id}
              href={`/final-marks?year=${y.id}`}
              aria-current={y.id === year?.id ? "page" : undefined}
              className={cn(
                "inline-flex min-h-10 items-center rounded-md border px-2.5 py-1 text-sm sm:min-h-0",
                y.id === year?.id ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white",
              )}
            >
              {y.name}
            </Link>
          ))}
        </nav>
      </div>
      <Card>
        {subjects.length === 0 ? (
          <EmptyState>Итоговых оценок за этот год пока нет</EmptyState>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Итоговые оценки">
            <table className="w-full text-sm" data-testid="final-marks">
              <thead>
                <tr className="border-b text-left text-xs text-slate-500">
                  <th className="py-1 pr-2 font-medium">Предмет</th>
                  {periods.map(([n, name]) => (
                    <th key={n} className="px-1 py-1 text-center font-medium">
                      {name}
                    </th>
                  ))}
                  {kinds.map((k) => (
                    <th key={k} className="px-1 py-1 text-center font-medium">
                      {KIND_TITLES[k]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {subjects.map((s) => (
                  <tr key={s} className="border-b border-slate-100">
                    <th scope="row" className="py-1 pr-2 text-left font-medium">
                      {s}
                    </th>
                    {periods.map(([n, name]) => (
                      <td key={n} className="px-1 py-1 text-center">
                        {cell(s, "PERIOD", name)}
                      </td>
                    ))}
                    {kinds.map((k) => (
                      <td key={k} className="px-1 py-1 text-center font-semibold">
                        {cell(s, k)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
