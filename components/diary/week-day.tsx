// A school day's lessons as the paper diary lists them (STU-1), shared by the study week and the
// home page (OTH-1): number, subject, time, room, teacher, topic, homework, absence and marks.
import { Card, EmptyState } from "@/components/ui/card";
import { Mark } from "@/components/diary/mark";
import { ComplaintButton } from "@/components/diary/complaint-button";
import type { DiaryDay, DiaryHomework } from "@/lib/data/diary";
import type { HomeworkFiles as Files, WeekRemark } from "@/lib/data/diary-week";
import { HomeworkFiles } from "@/components/diary/homework-files";
import { ABSENCE_CODES, ABSENCE_LABELS, type AbsenceKind } from "@/lib/marks/cell";
import { formatDayMonth, formatWeekday } from "@/lib/time/dates";

function plainHomework(h: DiaryHomework) {
  return h.text;
}

/** The day's lessons; `homework` renders one homework's text and its extras (files, complaint). */
export function DayLessons({ day, homework = plainHomework }: { day: DiaryDay; homework?: (h: DiaryHomework) => React.ReactNode }) {
  if (day.holiday) return <EmptyState>Каникулы: {day.holiday}</EmptyState>;
  if (day.entries.length === 0) return <EmptyState>Уроков нет</EmptyState>;
  return (
    <ol className="divide-y divide-slate-100">
      {day.entries.map((e, i) => (
        <li key={`${e.number}-${i}`} className="flex gap-2 py-2" data-testid="week-lesson">
          <span className="w-5 shrink-0 pt-0.5 text-right text-sm text-slate-500">{e.number || ""}</span>
          <div className="min-w-0 flex-1 break-words">
            <div className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-medium">{e.subject}</span>
              {e.startsAt && (
                <span className="text-xs text-slate-500">
                  {e.startsAt}–{e.endsAt}
                </span>
              )}
              {e.room && <span className="text-xs text-slate-500">каб. {e.room}</span>}
              {e.teacher && <span className="text-xs text-slate-500">{e.teacher}</span>}
            </div>
            {e.topic && <p className="text-sm text-slate-600">Тема: {e.topic}</p>}
            {e.homework.map((h) => (
              <div key={h.id} className="text-sm" data-testid="homework">
                <span className="text-slate-500">ДЗ: </span>
                {homework(h)}
              </div>
            ))}
          </div>
          <div className="flex shrink-0 flex-wrap items-start justify-end gap-1">
            {e.absence && (
              <span
                title={ABSENCE_LABELS[e.absence.kind as AbsenceKind]}
                className="rounded bg-slate-200 px-1.5 py-0.5 text-sm font-semibold text-slate-700"
              >
                {ABSENCE_CODES[e.absence.kind as AbsenceKind]}
              </span>
            )}
            {e.marks.map((m, j) => (
              <Mark key={j} value={m.value} comment={m.comment} workType={m.workType} weight={m.weight} />
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}

type Props = {
  day: DiaryDay;
  complained: Set<string>;
  remarks: WeekRemark[];
  isToday: boolean;
  files: Map<string, Files>;
  canSubmit: boolean;
};

/** One day of the study week: its lessons with complaints and files, and (parents) remarks. */
export function WeekDay({ day, complained, remarks, isToday, files, canSubmit }: Props) {
  const title = (
    <span className={isToday ? "text-brand-700" : undefined}>
      {formatWeekday(day.date)}, {formatDayMonth(day.date)}
      {isToday && " — сегодня"}
    </span>
  );
  const homework = (h: DiaryHomework) => (
    <>
      {h.text}
      <ComplaintButton homeworkId={h.id} complained={complained.has(h.id)} />
      {canSubmit && h.acceptsSubmissions ? (
        <HomeworkFiles
          homeworkId={h.id}
          explanation={h.explanation}
          teacherFiles={files.get(h.id)?.teacher ?? []}
          submitted={files.get(h.id)?.submitted ?? []}
        />
      ) : (
        <>
          {h.explanation && <p className="text-xs text-slate-500">{h.explanation}</p>}
          {(files.get(h.id)?.teacher ?? []).map((f) => (
            <a key={f.id} href={`/api/files/${f.id}`} download className="mr-2 text-xs text-brand-700 underline">
              {f.name}
            </a>
          ))}
        </>
      )}
    </>
  );
  return (
    <Card title={title} className="min-w-0">
      <div data-testid="week-day" data-date={day.date}>
        <DayLessons day={day} homework={homework} />
        {remarks.map((r, i) => (
          <p key={i} className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900" data-testid="remark">
            Замечание: {r.text}
          </p>
        ))}
      </div>
    </Card>
  );
}
