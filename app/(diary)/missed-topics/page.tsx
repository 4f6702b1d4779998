// STU-4 «Пропущенные темы»: the topics (and homework) of the lessons the child missed.
import type { Metadata } from "next";
import { requireSection } from "@/lib/auth/viewer";
import { getChosenPeriod } from "@/lib/data/diary-marks";
import { getAbsences } from "@/lib/data/diary-attendance";
import { Card, EmptyState } from "@/components/ui/card";
import { PeriodSwitch } from "@/components/diary/period-switch";
import { formatDayMonth } from "@/lib/time/dates";

export const metadata: Metadata = { title: "Пропущенные темы" };

export default async function MissedTopicsPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const { viewer, child } = await requireSection("missed-topics");
  const { periods, period } = await getChosenPeriod(viewer.school, (await searchParams).period);
  const rows = (period ? await getAbsences(viewer.school.id, child, period.from, period.to) : []).filter((r) => r.kind !== "LATE");
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">Пропущенные темы</h1>
        <PeriodSwitch path="/missed-topics" periods={periods} current={period?.id ?? null} />
      </div>
      <Card>
        {rows.length === 0 ? (
          <EmptyState>Пропущенных тем нет</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="missed-topics">
            {rows.map((r, i) => (
              <li key={i} className="py-2 text-sm">
                <span className="text-slate-500">
                  {formatDayMonth(r.date)}, {r.number} урок ·{" "}
                </span>
                <span className="font-medium">{r.subject}</span>
                <p>{r.topic ?? "Тема не записана"}</p>
                {r.homework.map((h, j) => (
                  <p key={j} className="text-slate-600">
                    ДЗ: {h}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
