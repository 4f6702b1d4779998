// STU-5 «Посещаемость»: every missed or late lesson in the chosen study period.
import type { Metadata } from "next";
import { requireSection } from "@/lib/auth/viewer";
import { getChosenPeriod } from "@/lib/data/diary-marks";
import { ABSENCE_LABELS, getAbsences } from "@/lib/data/diary-attendance";
import { Card, EmptyState } from "@/components/ui/card";
import { PeriodSwitch } from "@/components/diary/period-switch";
import { formatShortDate } from "@/lib/time/dates";
import { countRu } from "@/lib/time/plural";

export const metadata: Metadata = { title: "Посещаемость" };

export default async function AttendancePage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const { viewer, child } = await requireSection("attendance");
  const { periods, period } = await getChosenPeriod(viewer.school, (await searchParams).period);
  const rows = period ? await getAbsences(viewer.school.id, child, period.from, period.to) : [];
  const missed = rows.filter((r) => r.kind !== "LATE").length;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">Посещаемость</h1>
        <PeriodSwitch path="/attendance" periods={periods} current={period?.id ?? null} />
      </div>
      <Card
        title={
          period
            ? `${period.name}: пропущено ${countRu(missed, ["урок", "урока", "уроков"])}, опозданий ${rows.length - missed}`
            : undefined
        }
      >
        {rows.length === 0 ? (
          <EmptyState>Пропусков нет</EmptyState>
        ) : (
          <table className="w-full text-sm" data-testid="absences">
            <thead>
              <tr className="border-b text-left text-xs text-slate-500">
                <th className="py-1 font-medium">Дата</th>
                <th className="py-1 font-medium">Урок</th>
                <th className="py-1 font-medium">Предмет</th>
                <th className="py-1 font-medium">Отметка</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i} className="border-b border-slate-100">
                  <td className="py-1">{formatShortDate(r.date)}</td>
                  <td className="py-1">{r.number}</td>
                  <td className="py-1">{r.subject}</td>
                  <td className="py-1">
                    {ABSENCE_LABELS[r.kind]}
                    {r.minutesLate ? `, ${r.minutesLate} мин.` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
