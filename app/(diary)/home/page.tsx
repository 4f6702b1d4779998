// OTH-1: today's and the next school day's lessons with homework, the latest marks with the
// subjects' averages, the week's absences and what is new since the previous visit.
import type { Metadata } from "next";
import { requireSection } from "@/lib/auth/viewer";
import { getDiaryDays, getRecentMarks, nextSchoolDay, type DiaryDay } from "@/lib/data/diary";
import { addDays, formatDayMonth, formatWeekday, todayIn, weekStart } from "@/lib/time/dates";
import { getHomeSummary, touchDiaryVisit } from "@/lib/data/diary-home";
import { choosePeriod, getStudyPeriods } from "@/lib/data/diary-marks";
import { ABSENCE_LABELS, getAbsences } from "@/lib/data/diary-attendance";
import { formatAverage } from "@/lib/marks/average";
import { countRu } from "@/lib/time/plural";
import { Card, EmptyState } from "@/components/ui/card";
import { MarkBadge } from "@/components/diary/mark-badge";
import { DayLessons } from "@/components/diary/week-day";
import { fullName } from "@/lib/names";

export const metadata: Metadata = { title: "Главная" };

function DayCard({ title, day }: { title: string; day: DiaryDay }) {
  return (
    <Card title={`${title}, ${formatWeekday(day.date)}, ${formatDayMonth(day.date)}`}>
      <DayLessons day={day} />
    </Card>
  );
}

export default async function HomePage() {
  const { viewer, child } = await requireSection("home");
  const today = todayIn(viewer.school.timezone);
  const next = nextSchoolDay(today);
  const [days, marks, periods, since, absences] = await Promise.all([
    getDiaryDays(viewer.school.id, child, today, next, today),
    getRecentMarks(viewer.school.id, child),
    getStudyPeriods(viewer.school.id),
    touchDiaryVisit(viewer, child),
    getAbsences(viewer.school.id, child, weekStart(today), today),
  ]);
  const period = choosePeriod(periods, undefined, today);
  const summary = await getHomeSummary(viewer, child, period?.from ?? today, since);
  const news = [
    summary.newMarks && countRu(summary.newMarks, ["новая оценка", "новые оценки", "новых оценок"]),
    summary.newHomework && countRu(summary.newHomework, ["новое задание", "новых задания", "новых заданий"]),
    summary.newRemarks && countRu(summary.newRemarks, ["новое замечание", "новых замечания", "новых замечаний"]),
  ].filter(Boolean);
  const todayDay = days.find((d) => d.date === today)!;
  const nextDay = days.find((d) => d.date === next)!;

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold" data-testid="diary-child">
          {fullName(child)}
          {child.classLabel && <span className="ml-2 text-base font-normal text-slate-500">{child.classLabel} класс</span>}
        </h1>
      </div>
      {since && (
        <Card title="Новое с прошлого посещения">
          <p className="text-sm" data-testid="news">
            {news.length ? news.join(", ") : "Ничего нового"}
          </p>
        </Card>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <DayCard title="Сегодня" day={todayDay} />
        <DayCard title={next === addDays(today, 1) ? "Завтра" : "Следующий учебный день"} day={nextDay} />
      </div>
      <Card title="Последние оценки">
        {marks.length === 0 ? (
          <EmptyState>Оценок пока нет</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="recent-marks">
            {marks.map((m, i) => (
              <li key={i} className="flex items-center justify-between gap-3 py-2 text-sm">
                <span>
                  <span className="font-medium">{m.subject}</span>
                  <span className="ml-2 text-slate-500">{formatDayMonth(m.date)}</span>
                  {m.comment && <span className="block text-slate-600">{m.comment}</span>}
                </span>
                <span className="flex items-center gap-2">
                  <span className="text-xs text-slate-500" title="Средний балл по предмету за период">
                    ср. {formatAverage(summary.averages.get(m.subject) ?? null)}
                  </span>
                  <MarkBadge {...m} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Пропуски на этой неделе">
        {absences.length === 0 ? (
          <EmptyState>Пропусков нет</EmptyState>
        ) : (
          <ul className="text-sm" data-testid="week-absences">
            {absences.map((a, i) => (
              <li key={i}>
                {formatDayMonth(a.date)}, {a.number} урок, {a.subject}: {ABSENCE_LABELS[a.kind]}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
