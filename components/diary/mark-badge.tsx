// A mark as the diary shows it: coloured by value, a corner dot when it has a comment or a work
// name, an icon for control and independent works (STU-1), and its weight when it is not 1 (GRD-1).
// It is an image with a label for screen readers: an aria-label on a bare span is not announced.
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

type Props = { value: string; comment?: string | null; workType?: string | null; weight?: number };

/** What a mark says in words: value, kind of work, weight (when not 1) and comment. */
export function markLabel({ value, comment, workType, weight }: Props): string {
  return [
    `Оценка ${value}`,
    workType ? workTypeLabel(workType) : null,
    weight !== undefined && weight !== 1 ? `вес ${weight}` : null,
    comment,
  ]
    .filter(Boolean)
    .join(". ");
}

export function MarkBadge(props: Props) {
  const { value, comment, workType, weight } = props;
  const isWork = workType === "CONTROL" || workType === "INDEPENDENT";
  const weighted = weight !== undefined && weight !== 1;
  return (
    <span
      role="img"
      aria-label={markLabel(props)}
      title={markLabel(props)}
      data-weight={weighted ? weight : undefined}
      className={clsx(
        "relative inline-flex min-w-7 items-baseline justify-center rounded border px-1.5 py-0.5 text-sm font-semibold",
        tone(value),
      )}
    >
      {isWork && <span className="mr-0.5 text-[10px]">{workType === "CONTROL" ? "КР" : "СР"}</span>}
      {value}
      {weighted && <sub className="ml-px text-[10px] font-medium">×{weight}</sub>}
      {comment && <span className="absolute -right-1 -top-1 h-2 w-2 rounded-full bg-brand-600" />}
    </span>
  );
}
