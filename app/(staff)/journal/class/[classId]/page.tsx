// The class teacher's overview (STF-2): averages per subject and absences for the period.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/viewer";
import { getClassOverview } from "@/lib/data/journal-class";
import { cn } from "@/components/ui/cn";

export const metadata: Metadata = { title: "Классное руководство" };

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<{ period?: string }> };

export default async function ClassOverviewPage({ params, searchParams }: Props) {
  const viewer = await requireArea("journal");
  const [{ classId }, { period }] = await Promise.all([params, searchParams]);
  const data = await getClassOverview(viewer, classId, period);
  if (!data) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{data.label}: успеваемость и пропуски</h1>
      <nav aria-label="Учебный период" className="flex flex-wrap gap-2 text-sm">
        {data.periods.map((p) => (
          <Link
            key={p.id}
            href={`/journal/class/${classId}?period=${p.id}`}
            aria-current={p.id === data.period.id ? "page" : undefined}
            className={cn(
              "rounded-md border px-3 py-1",
              p.id === data.period.id ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white",
            )}
          >
            {p.name}
          </Link>
        ))}
      </nav>
      <div
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
        tabIndex={0}
        role="region"
        aria-label="Сводная ведомость класса"
      >
        <table className="text-sm" data-testid="class-overview">
          <thead className="bg-slate-50 text-xs">
            <tr>
              <th scope="col" className="sticky left-0 bg-slate-50 px-2 py-1 text-left">
                Ученик
              </th>
              {data.subjects.map((s) => (
                <th key={s} scope="col" className="px-2 py-1 text-left font-medium">
                  {s}
                </th>
              ))}
              <th scope="col" className="px-2 py-1" title="Не был">
                Н
              </th>
              <th scope="col" className="px-2 py-1" title="Болел">
                Б
              </th>
              <th scope="col" className="px-2 py-1" title="Уважительная причина">
                УП
              </th>
              <th scope="col" className="px-2 py-1" title="Опоздания">
                ОП
              </th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100">
                <th scope="row" className="sticky left-0 whitespace-nowrap bg-white px-2 py-1 text-left font-normal">
                  {r.name}
                </th>
                {data.subjects.map((s) => (
                  <td key={s} className={cn("px-2 py-1 text-center", (r.averages[s] ?? 5) < 2.6 && "text-red-700")}>
                    {r.averages[s]?.toFixed(2) ?? "—"}
                  </td>
                ))}
                <td className="px-2 py-1 text-center">{r.absent || ""}</td>
                <td className="px-2 py-1 text-center">{r.ill || ""}</td>
                <td className="px-2 py-1 text-center">{r.excused || ""}</td>
                <td className="px-2 py-1 text-center">{r.late || ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
