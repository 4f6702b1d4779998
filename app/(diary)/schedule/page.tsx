// SCH-1 «Расписание»: one's own class by default, any class of the school on request; holidays.
import type { Metadata } from "next";
import { requireSection } from "@/lib/auth/viewer";
import { getSchedule, type ScheduleSlot } from "@/lib/data/diary-schedule";
import { getOwnScheduleView } from "@/lib/data/accounts";
import { Card, EmptyState } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { formatDayMonth } from "@/lib/time/dates";

export const metadata: Metadata = { title: "Расписание" };

const WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота"];

export default async function SchedulePage({ searchParams }: { searchParams: Promise<{ class?: string }> }) {
  const { viewer, child } = await requireSection("schedule");
  const wanted = (await searchParams).class;
  const [{ classes, chosen, slots, holidays }, view] = await Promise.all([
    getSchedule(viewer.school.id, wanted, child.classId),
    getOwnScheduleView(viewer),
  ]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h1 className="text-xl font-semibold">Расписание{chosen && ` ${chosen.label} класса`}</h1>
        <form className="flex items-end gap-2" action="/schedule">
          <label className="text-sm">
            <span className="block text-slate-600">Класс</span>
            <select name="class" defaultValue={chosen?.id} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
              {classes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary">
            Показать
          </Button>
        </form>
      </div>
      {!chosen ? (
        <Card>
          <EmptyState>Выберите класс</EmptyState>
        </Card>
      ) : view === "list" ? (
        <ScheduleList slots={slots} />
      ) : (
        <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3" data-testid="schedule-grid">
          {WEEKDAYS.map((name, i) => {
            const day = slots.filter((s) => s.weekday === i + 1);
            return (
              <Card key={name} title={name}>
                {day.length === 0 ? (
                  <EmptyState>Уроков нет</EmptyState>
                ) : (
                  <ol className="divide-y divide-slate-100 text-sm" data-testid="schedule-day">
                    {day.map((s, j) => (
                      <li key={j} className="flex gap-2 py-1.5">
                        <span className="w-4 shrink-0 text-right text-slate-500">{s.number}</span>
                        <div className="min-w-0">
                          <span className="font-medium">{s.subject}</span>
                          {s.group && <span className="text-slate-500"> ({s.group})</span>}
                          <span className="block text-xs text-slate-500">
                            {s.startsAt && `${s.startsAt}–${s.endsAt} · `}
                            {s.room && `каб. ${s.room} · `}
                            {s.teacher}
                          </span>
                        </div>
                      </li>
                    ))}
                  </ol>
                )}
              </Card>
            );
          })}
        </div>
      )}
      <Card title="Каникулы">
        {holidays.length === 0 ? (
          <EmptyState>Каникулы не указаны</EmptyState>
        ) : (
          <ul className="text-sm" data-testid="holidays">
            {holidays.map((h, i) => (
              <li key={i}>
                {h.name}: {formatDayMonth(h.from)} — {formatDayMonth(h.to)}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

/** The form chosen in «Настройки» (ACC-8): the whole week as one list, day after day. */
function ScheduleList({ slots }: { slots: ScheduleSlot[] }) {
  return (
    <Card>
      <ul className="divide-y divide-slate-100 text-sm" data-testid="schedule-list">
        {WEEKDAYS.map((name, i) => {
          const day = slots.filter((s) => s.weekday === i + 1);
          if (day.length === 0) return null;
          return (
            <li key={name} className="py-2">
              <h2 className="font-medium">{name}</h2>
              <ol>
                {day.map((s, j) => (
                  <li key={j} className="flex gap-2 py-0.5">
                    <span className="w-4 shrink-0 text-right text-slate-500">{s.number}</span>
                    <span>
                      {s.startsAt && `${s.startsAt}–${s.endsAt} `}
                      <span className="font-medium">{s.subject}</span>
                      {s.group && ` (${s.group})`}
                      {s.room && `, каб. ${s.room}`}
                      <span className="text-slate-500">, {s.teacher}</span>
                    </span>
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
