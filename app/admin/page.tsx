// The curator's home: the school at a glance. Setup, people and import tools follow (ADM-1…4).
import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/viewer";
import { getSchoolOverview } from "@/lib/data/admin";
import { Card } from "@/components/ui/card";
import { formatFullDate, toIsoDate } from "@/lib/time/dates";

export const metadata: Metadata = { title: "Администрирование" };

export default async function AdminHome() {
  const viewer = await requireArea("admin");
  const o = await getSchoolOverview(viewer);
  const stats = [
    ["Классов", o.classes],
    ["Учеников", o.students],
    ["Родителей", o.parents],
    ["Сотрудников", o.staff],
  ] as const;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{viewer.school.name}</h1>
      <p className="text-sm text-slate-600">{viewer.school.address}</p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="school-stats">
        {stats.map(([label, value]) => (
          <Card key={label}>
            <p className="text-2xl font-semibold">{value}</p>
            <p className="text-sm text-slate-600">{label}</p>
          </Card>
        ))}
      </div>
      <Card title={o.year ? `Учебный год ${o.year.name}` : "Учебный год не задан"}>
        <ul className="text-sm">
          {o.year?.periods.map((p) => (
            <li key={p.name}>
              {p.name}: {formatFullDate(toIsoDate(p.startDate))} — {formatFullDate(toIsoDate(p.endDate))}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
