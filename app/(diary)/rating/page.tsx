// GRD-6 «Рейтинг»: milestones saved at dates, each compared with the previous one.
import type { Metadata } from "next";
import { requireSection } from "@/lib/auth/viewer";
import { getMilestones } from "@/lib/data/diary-results";
import { Card, EmptyState } from "@/components/ui/card";
import { formatAverage } from "@/lib/marks/average";
import { formatFullDate } from "@/lib/time/dates";

export const metadata: Metadata = { title: "Рейтинг" };

function Change({ value }: { value: number | null }) {
  if (value === null) return <span className="text-slate-500">—</span>;
  if (Math.abs(value) < 0.005) return <span className="text-slate-500">без изменений</span>;
  const up = value > 0;
  return (
    <span
      className={up ? "text-green-700" : "text-red-700"}
      aria-label={up ? `выше на ${formatAverage(value)}` : `ниже на ${formatAverage(-value)}`}
    >
      {up ? "▲ +" : "▼ −"}
      {formatAverage(Math.abs(value))}
    </span>
  );
}

export default async function RatingPage() {
  const { viewer, child } = await requireSection("rating");
  const milestones = viewer.school.milestonesEnabled ? await getMilestones(viewer.school.id, child) : [];
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Рейтинг</h1>
      {milestones.length === 0 ? (
        <Card>
          <EmptyState>
            {viewer.school.milestonesEnabled
              ? "Рубежей в этом учебном году ещё не было."
              : "Школа не проводит рубежный контроль, поэтому рейтинга нет."}
          </EmptyState>
        </Card>
      ) : (
        milestones.map((m) => (
          <Card key={m.date} title={`${m.name} — ${formatFullDate(m.date)}`}>
            <table className="w-full text-sm" data-testid="milestone">
              <thead>
                <tr className="border-b text-left text-xs text-slate-500">
                  <th className="py-1 font-medium">Предмет</th>
                  <th className="py-1 text-right font-medium">Средний балл</th>
                  <th className="py-1 text-right font-medium">С прошлого рубежа</th>
                </tr>
              </thead>
              <tbody>
                {m.subjects.map((s) => (
                  <tr key={s.subject} className="border-b border-slate-100">
                    <td className="py-1">{s.subject}</td>
                    <td className="py-1 text-right font-semibold">{formatAverage(s.average)}</td>
                    <td className="py-1 text-right">
                      <Change value={s.change} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        ))
      )}
    </div>
  );
}
