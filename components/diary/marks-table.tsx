// The «Текущие отметки» table (GRD-1): per subject the period's marks in date order, the
// weighted average and the count; a subject's row opens the lessons' dates and the calculator.
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
      {print ? <MarkBadge value={m.value} workType={m.workType} /> : <Mark value={m.value} comment={m.comment} workType={m.workType} weight={m.weight} />}
      <span className="text-[10px] text-slate-500">{formatShortDate(m.date)}</span>
    </span>
  ));
}

export function MarksTable({ rows, print = false, showAbsences = false }: { rows: SubjectRow[]; print?: boolean; showAbsences?: boolean }) {
  return (
    <table className="w-full table-fixed border-collapse text-sm" data-testid="marks-table">
      <thead>
        <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
          <th className="w-1/3 py-2 pr-2 font-medium sm:w-1/4">Предмет</th>
          <th className="py-2 font-medium">Отметки</th>
          {showAbsences && <th className="w-16 py-2 text-right font-medium">Пропуски</th>}
          <th className="w-16 py-2 text-right font-medium">Средний балл</th>
          <th className="w-14 py-2 text-right font-medium">Кол-во</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.subject} className="border-b border-slate-100 align-top" data-subject={r.subject}>
            <th scope="row" className="py-2 pr-2 text-left font-medium">
              {print ? (
                r.subject
              ) : (
                <details>
                  <summary className="cursor-pointer">{r.subject}</summary>
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
            <td className="py-1">
              {print ? (
                <span className="flex flex-wrap gap-1">{markCells(r.marks, true)}</span>
              ) : r.marks.length === 0 ? (
                <span className="text-sm text-slate-400">нет отметок</span>
              ) : (
                <MarkStrip label={r.subject}>{markCells(r.marks, false)}</MarkStrip>
              )}
            </td>
            {showAbsences && <td className="py-2 text-right">{r.absences}</td>}
            <td className="py-2 text-right font-semibold" data-testid="average">
              {formatAverage(r.average)}
            </td>
            <td className="py-2 text-right">{r.marks.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
