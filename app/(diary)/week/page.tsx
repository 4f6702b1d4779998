// STU-1 «Учебная неделя»: a copy of the paper diary, Monday to Saturday.
import type { Metadata } from "next";
import Link from "next/link";
import { requireSection } from "@/lib/auth/viewer";
import { getDiaryWeek, weekOf } from "@/lib/data/diary-week";
import { WeekDay } from "@/components/diary/week-day";
import { addDays, formatDayMonth, todayIn } from "@/lib/time/dates";

export const metadata: Metadata = { title: "Учебная неделя" };

const linkClass =
  "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-100 sm:min-h-0";

export default async function WeekPage({ searchParams }: { searchParams: Promise<{ week?: string }> }) {
  const { viewer, child } = await requireSection("week");
  const today = todayIn(viewer.school.timezone);
  const monday = weekOf((await searchParams).week, today);
  const week = await getDiaryWeek(viewer, child, monday, today);
  const thisWeek = weekOf(undefined, today);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">
          Учебная неделя{" "}
          <span className="text-base font-normal text-slate-500" data-testid="week-range">
            {formatDayMonth(monday)} — {formatDayMonth(addDays(monday, 5))}
          </span>
        </h1>
        <nav aria-label="Недели" className="flex flex-wrap gap-1">
          <Link href={`/week?week=${addDays(monday, -7)}`} className={linkClass}>
            ← Предыдущая неделя
          </Link>
          {monday !== thisWeek && (
            <Link href="/week" className={linkClass}>
              Текущая неделя
            </Link>
          )}
          <Link href={`/week?week=${addDays(monday, 7)}`} className={linkClass}>
            Следующая неделя →
          </Link>
        </nav>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {week.days.map((d) => (
          <WeekDay
            key={d.date}
            day={d}
            complained={week.complained}
            remarks={week.remarks.filter((r) => r.date === d.date)}
            isToday={d.date === today}
            files={week.files}
            canSubmit={viewer.diaryKind === "STUDENT"}
          />
        ))}
      </div>
    </div>
  );
}
