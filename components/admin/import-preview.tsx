// The import's preview: counts, new classes, and every row with what happens to it or its problems.
import type { ImportPlan } from "@/lib/import/plan";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { countRu } from "@/lib/time/plural";

const SHOWN = 500;

export function ImportPreview({ plan, pending, onImport }: { plan: ImportPlan; pending: boolean; onImport: () => void }) {
  const { counts } = plan;
  const rows = plan.problemRows ? plan.rows.filter((r) => r.problems.length) : plan.rows;
  return (
    <Card title="Предпросмотр" className="no-print">
      <ul className="mb-3 space-y-1 text-sm" data-testid="import-summary">
        <li>
          Новых учеников: {counts.newStudents}, уже в журнале: {counts.existingStudents}
        </li>
        <li>
          Новых родителей: {counts.newParents}, уже в журнале: {counts.existingParents}
        </li>
        {plan.newClasses.length > 0 && <li>Будут созданы классы: {plan.newClasses.join(", ")}</li>}
      </ul>
      {plan.problemRows > 0 ? (
        <p className="mb-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="import-problems">
          Ошибки в {countRu(plan.problemRows, ["строке", "строках", "строках"])}. Исправьте файл и проверьте его снова — пока есть ошибки,
          ничего не записывается.
        </p>
      ) : (
        <Button onClick={onImport} pending={pending} className="mb-3">
          Импортировать
        </Button>
      )}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Строки файла">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Строки файла</caption>
          <thead className="border-b text-slate-600">
            <tr>
              <th className="py-1 pr-2">Строка</th>
              <th className="py-1 pr-2">Ученик</th>
              <th className="py-1 pr-2">Класс</th>
              <th className="py-1 pr-2">Родитель</th>
              <th className="py-1">Итог</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((r) => (
              <tr key={r.line} className="border-b align-top last:border-0">
                <td className="py-1 pr-2">{r.line}</td>
                <td className="py-1 pr-2">
                  {r.studentName || "—"}
                  {r.birthDate && <span className="block text-xs text-slate-500">{r.birthDate.split("-").reverse().join(".")}</span>}
                </td>
                <td className="py-1 pr-2">{r.classLabel || "—"}</td>
                <td className="py-1 pr-2">
                  {r.parentName ?? "—"}
                  {r.parentEmail && <span className="block text-xs text-slate-500">{r.parentEmail}</span>}
                </td>
                <td className="py-1">
                  {r.problems.length ? (
                    <ul className="text-red-700">
                      {r.problems.map((p) => (
                        <li key={p}>{p}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-slate-700">
                      {r.student === "new" ? "новый ученик" : "уже в журнале"}
                      {r.parent && `; ${r.parent === "new" ? "новый родитель" : "родитель уже в журнале"}`}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > SHOWN && (
          <p className="mt-2 text-sm text-slate-600">
            Показаны первые {SHOWN} строк из {rows.length}.
          </p>
        )}
      </div>
    </Card>
  );
}
