// A mark as the diary shows it: coloured by value, a corner callout when it has a comment or a
// work name, an icon for control and independent works (STU-1).
import { clsx } from "clsx";

const WORK_LABELS: Record<string, string> = {
  LESSON_ANSWER: "Ответ на уроке",
  INDEPENDENT: "Самостоятельная работа",
  CONTROL: "Контрольная работа",
  TEST: "Тест",
  LAB: "Лабораторная работа",
  PRACTICAL: "Практическая работа",
  DICTATION: "Диктант",
  ESSAY: "Сочинение",
  HOMEWORK: "Домашняя работа",
};

export function workTypeLabel(workType: string): string {
  return WORK_LABELS[workType] ?? workType;
}

function tone(value: string): string {
  const first = value.split("/")[0];
  if (first === "5" || value === "зч") return "bg-green-100 text-green-800 border-green-200";
  if (first === "4") return "bg-lime-100 text-lime-800 border-lime-200";
  if (first === "3") return "bg-amber-100 text-amber-800 border-amber-200";
  return "bg-red-100 text-red-800 border-red-200";
}

export function MarkBadge({ value, comment, workType }: { value: string; comment?: string | null; workType?: string | null }) {
  const isWork = workType === "CONTROL" || workType === "INDEPENDENT";
  const label = [`Оценка ${value}`, workType ? workTypeLabel(workType) : null, comment].filter(Boolean).join(". ");
  return (
    <span
      title={label}
      aria-label={label}
      className={clsx("relative inline-flex min-w-7 items-center justify-center rounded border px-1.5 py-0.5 text-sm font-semibold", tone(value))}
    >
      {isWork && (
        <span aria-hidden className="mr-0.5 text-[10px]">
          {workType === "CONTROL" ? "КР" : "СР"}
        </span>
      )}
      {value}
      {comment && <span aria-hidden className="absolute -right-1 -top-1 h-2 w-2 rounded-full bg-brand-600" />}
    </span>
  );
}
