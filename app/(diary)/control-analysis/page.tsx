// GRD-5 «Анализ КР»: what each task of a control work checked and the child's result; with the
// paid service, the class's statistics (no names).
import type { Metadata } from "next";
import { requireSection } from "@/lib/auth/viewer";
import { getControlWorks, hasKrAnalysis } from "@/lib/data/diary-control";
import { Card, EmptyState } from "@/components/ui/card";
import { MarkBadge } from "@/components/diary/mark-badge";
import { formatDayMonth, todayIn } from "@/lib/time/dates";

export const metadata: Metadata = { title: "Анализ КР" };

const pct = (x: number) => `${Math.round(x * 100)}%`;

export default async function ControlAnalysisPage() {
  const { viewer, child } = await requireSection("control-analysis");
  const withStats = await hasKrAnalysis(viewer, child, todayIn(viewer.school.timezone));
  const works = await getControlWorks(viewer.school.id, child, withStats);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Анализ КР</h1>
      {/* The service is the parents' (OTH-3): a student sees only their own results. */}
      {!withStats && viewer.diaryKind === "PARENT" && (
        <p className="text-sm text-slate-600">Статистика класса по работам доступна при подключённой услуге «Анализ КР».</p>
      )}
      {works.length === 0 && (
        <Card>
          <EmptyState>Учителя ещё не проводили поэлементный анализ контрольных работ</EmptyState>
        </Card>
      )}
      {works.map((w, i) => (
        <Card
          key={i}
          title={`${w.subject}, ${formatDayMonth(w.date)}${w.topic ? ` — ${w.topic}` : ""}`}
          action={w.mark ? <MarkBadge value={w.mark} workType="CONTROL" /> : undefined}
        >
          <div data-testid="control-work">
            <table className="w-full text-sm">
              <thead>
                <tr className="border-b text-left text-xs text-slate-500">
                  <th className="py-1 font-medium">№</th>
                  <th className="py-1 font-medium">Что проверяло задание</th>
                  <th className="py-1 text-right font-medium">Результат</th>
                  {withStats && <th className="py-1 text-right font-medium">Класс</th>}
                </tr>
              </thead>
              <tbody>
                {w.elements.map((e) => (
                  <tr key={e.task} className="border-b border-slate-100">
                    <td className="py-1">{e.task}</td>
                    <td className="py-1">{e.title}</td>
                    <td className="py-1 text-right">{e.score === null ? "—" : `${e.score} из ${e.maxScore}`}</td>
                    {withStats && <td className="py-1 text-right">{e.classShare === null ? "—" : pct(e.classShare)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
            {w.distribution && (
              <p className="mt-2 text-sm text-slate-600" data-testid="distribution">
                Отметки в классе:{" "}
                {Object.entries(w.distribution)
                  .sort((a, b) => b[0].localeCompare(a[0]))
                  .map(([v, n]) => `«${v}» — ${n}`)
                  .join(", ")}
              </p>
            )}
          </div>
        </Card>
      ))}
    </div>
  );
}
