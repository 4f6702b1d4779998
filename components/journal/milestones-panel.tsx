// GRD-6: the staff's milestone screen (the head teacher in /journal/rating, the curator in
// /admin/rating): record a milestone and see the year's ones.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getSchoolMilestones } from "@/lib/data/milestones";
import { Card, EmptyState } from "@/components/ui/card";
import { MilestoneForm } from "@/components/journal/milestone-form";
import { formatFullDate, todayIn } from "@/lib/time/dates";

export async function MilestonesPanel({ viewer }: { viewer: Viewer }) {
  const milestones = await getSchoolMilestones(viewer);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Рейтинг: рубежный контроль</h1>
      <p className="text-sm text-slate-600">
        Сохранение результатов успеваемости: для каждого ученика записывается средний балл по каждому предмету основного журнала с начала
        учебного года по дату рубежа. Семьи видят в разделе «Рейтинг», как он изменился с прошлого рубежа.
      </p>
      {viewer.school.milestonesEnabled ? (
        <Card title="Новый рубеж">
          <MilestoneForm today={todayIn(viewer.school.timezone)} />
        </Card>
      ) : (
        <Card>
          <EmptyState>Школа не проводит рубежный контроль.</EmptyState>
        </Card>
      )}
      <Card title="Рубежи этого учебного года">
        {milestones.length === 0 ? (
          <EmptyState>Рубежей ещё не было.</EmptyState>
        ) : (
          <ul className="text-sm" data-testid="milestones">
            {milestones.map((m) => (
              <li key={m.id}>
                {formatFullDate(m.date)} — {m.name} ({m.results} средних баллов)
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
