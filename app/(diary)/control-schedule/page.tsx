// PLN-4 «График КР»: the period's planned control works, per subject, as a calendar by week.
import type { Metadata } from "next";
import { requireSection } from "@/lib/auth/viewer";
import { getChosenPeriod } from "@/lib/data/diary-marks";
import { getPlannedControlWorks } from "@/lib/data/diary-control";
import { Card, EmptyState } from "@/components/ui/card";
import { PeriodSwitch } from "@/components/diary/period-switch";
import { addDays, formatShortDate, weekStart } from "@/lib/time/dates";

export const metadata: Metadata = { title: "График КР" };

export default async function ControlSchedulePage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const { viewer, child } = await requireSection("control-schedule");
  const { periods, period } = await getChosenPeriod(viewer.school, (await searchParams).period);
  const works = period ? await getPlannedControlWorks(viewer.school.id, child, period.from, period.to) : [];
  const subjects = [...new Set(works.map((w) => w.subject))].sort((a, b) => a.localeCompare(b, "ru"));
  const weeks: string[] = [];
  if (period) for (let d = weekStart(period.from); d <= period.to; d = addDays(d, 7)) weeks.push(d);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">График контрольных работ</h1>
        <PeriodSwitch path="/control-schedule" periods={periods} current={period?.id ?? null} />
      </div>
      <Card>
        {works.length === 0 ? (
          <EmptyState>В этом периоде контрольные работы не запланированы</EmptyState>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="График контрольных работ">
            <table className="text-sm" data-testid="control-schedule">
              <thead>
                <tr className="border-b text-left text-xs text-slate-500">
                  <th className="sticky left-0 bg-white py-1 pr-2 font-medium">Предмет</th>
                  {weeks.map((w) => (
                    <th key={w} className="px-1 py-1 text-center font-medium whitespace-nowrap">
                      {formatShortDate(w)}–{formatShortDate(addDays(w, 5))}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {subjects.map((s) => (
                  <tr key={s} className="border-b border-slate-100">
                    <th scope="row" className="sticky left-0 bg-white py-1 pr-2 text-left font-medium">
                      {s}
                    </th>
                    {weeks.map((w) => {
                      const here = works.filter((x) => x.subject === s && x.date >= w && x.date <= addDays(w, 6));
                      return (
                        <td key={w} className="px-1 py-1 text-center">
                          {here.map((x, i) => (
                            <span key={i} title={x.title} className="block rounded bg-red-50 px-1 text-xs text-red-800">
                              {formatShortDate(x.date)} {x.title}
                            </span>
                          ))}
                        </td>
                      );
                    })}
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
