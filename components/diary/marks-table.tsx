// The «Текущие отметки» table (GRD-1): per subject the period's marks in date order, the
// weighted average and the count; a subject's row opens the lessons' dates and the calculator.
// One markup for every screen: under the `sm` breakpoint CSS turns each row into a block whose
// marks wrap onto lines (no second copy of the HTML for phones).
import { MarkStrip } from "@/components/diary/mark-strip";
import { Mark } from "@/components/diary/mark";
import { AverageCalculator } from "@/components/diary/average-calculator";
import { MarkBadge } from "@/components/diary/mark-badge";
import { ABSENCE_CODES, type AbsenceKind } from "@/lib/marks/cell";
import { formatAverage } from "@/lib/marks/average";
import type { SubjectRow, TableMark } from "@/lib/data/diary-marks";
import { formatShortDate } from "@/lib/time/dates";

/** Each mark over its date; on paper without the callouts. */
function markCells(marks: TableMark[], print: boolean) {
  return marks.map((m, i) => (
    <span key={i} className="flex shrink-0 flex-col items-center">
      {print ? (
        <MarkBadge value={m.value} workType={m.workType} weight={m.weight} />
      ) : (
        <Mark value={m.value} comment={m.comment} workType={m.workType} weight={m.weight} />
      )}
      <span className="text-[10px] text-slate-500">{formatShortDate(m.date)}</span>
    </span>
  ));
}

const phoneLabel = "mr-1 font-normal text-slate-600 sm:hidden";

export function MarksTable({ rows, print = false, showAbsences = false }: { rows: SubjectRow[]; print?: boolean; showAbsences?: boolean }) {
  const weighted = rows.some((r) => r.marks.some((m) => m.weight !== 1));
  return (
    <>
      <table className="w-full border-collapse text-sm max-sm:block sm:table-fixed" data-testid="marks-table">
        <thead className="max-sm:sr-only">
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
            <th className="w-1/3 py-2 pr-2 font-medium sm:w-1/4">Предмет</th>
            <th className="py-2 font-medium">Отметки</th>
            {showAbsences && <th className="w-16 py-2 text-right font-medium">Пропуски</th>}
            <th className="w-16 py-2 text-right font-medium">Средний балл</th>
            <th className="w-14 py-2 text-right font-medium">Кол-во</th>
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {rows.map((r) => (
            <tr
              key={r.subject}
              className="border-b border-slate-100 align-top max-sm:flex max-sm:flex-wrap max-sm:items-baseline max-sm:gap-x-4 max-sm:py-1"
              data-subject={r.subject}
            >
              <th scope="row" className="py-2 pr-2 text-left font-medium max-sm:block max-sm:w-full max-sm:py-0">
                {print ? (
                  r.subject
                ) : (
                  <details>
                    <summary className="cursor-pointer max-sm:flex max-sm:min-h-10 max-sm:items-center">{r.subject}</summary>
                    <p className="mt-1 text-xs font-normal text-slate-500">Учитель: {r.teacher}</p>
                    <ul className="mt-1 space-y-0.5 text-xs font-normal text-slate-600" aria-label={`Даты уроков: ${r.subject}`}>
                      {r.lessons.map((l, i) => (
                        <li key={i}>
                          {formatShortDate(l.date)}
                          {l.absence && ` — ${ABSENCE_CODES[l.absence as AbsenceKind]}`}
                          {l.marks.length > 0 && ` — ${l.marks.map((m) => m.value).join(", ")}`}
                        </li>
                      ))}
                    </ul>
                    <AverageCalculator marks={r.marks.map(({ value, weight }) => ({ value, weight }))} />
                  </details>
                )}
              </th>
              <td className="py-1 max-sm:block max-sm:w-full">
                {print ? (
                  <span className="flex flex-wrap gap-1">{markCells(r.marks, true)}</span>
                ) : r.marks.length === 0 ? (
                  <span className="text-sm text-slate-600">нет отметок</span>
                ) : (
                  <MarkStrip label={r.subject}>{markCells(r.marks, false)}</MarkStrip>
                )}
              </td>
              {showAbsences && (
                <td className="py-2 text-right max-sm:block max-sm:py-0">
                  <span className={phoneLabel}>Пропуски:</span>
                  {r.absences}
                </td>
              )}
              <td className="py-2 text-right font-semibold max-sm:block max-sm:py-0">
                <span className={phoneLabel}>Средний балл:</span>
                <span data-testid="average">{formatAverage(r.average)}</span>
              </td>
              <td className="py-2 text-right max-sm:block max-sm:py-0">
                <span className={phoneLabel}>Отметок:</span>
                {r.marks.length}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {weighted && (
        <p className="mt-2 text-xs text-slate-600" data-testid="weight-legend">
          <span className="font-semibold">×2</span> рядом с отметкой — её вес: в среднем балле она считается столько раз. Отметки без знака
          имеют вес 1.
        </p>
      )}
    </>
  );
}
