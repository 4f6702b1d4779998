"use client";
// The staff kind of the import (ADM-6): its preview and its printable list of invite codes.
import type { StaffImportResult, StaffPlan } from "@/lib/import/staff";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export function StaffImportPreview({ plan, pending, onImport }: { plan: StaffPlan; pending: boolean; onImport: () => void }) {
  const rows = plan.problemRows ? plan.rows.filter((r) => r.problems.length) : plan.rows;
  return (
    <Card title="Предпросмотр" className="no-print">
      <p className="mb-3 text-sm" data-testid="import-summary">
        Новых сотрудников: {plan.counts.newStaff}, уже в журнале: {plan.counts.existingStaff}
      </p>
      {plan.problemRows > 0 ? (
        <p className="mb-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="import-problems">
          Ошибки в строках: {plan.problemRows}. Исправьте файл и проверьте его снова — пока есть ошибки, ничего не записывается.
        </p>
      ) : (
        <Button onClick={onImport} pending={pending} className="mb-3">
          Импортировать
        </Button>
      )}
      <table className="w-full text-left text-sm">
        <thead className="border-b text-slate-600">
          <tr>
            <th className="py-1 pr-2">Строка</th>
            <th className="py-1 pr-2">Сотрудник</th>
            <th className="py-1 pr-2">Должность</th>
            <th className="py-1">Итог</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, 500).map((r) => (
            <tr key={r.line} className="border-b align-top last:border-0">
              <td className="py-1 pr-2">{r.line}</td>
              <td className="py-1 pr-2">
                {r.name || "—"}
                {r.email && <span className="block text-xs text-slate-500">{r.email}</span>}
              </td>
              <td className="py-1 pr-2">{r.positions || "—"}</td>
              <td className="py-1">
                {r.problems.length ? (
                  <ul className="text-red-700">
                    {r.problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                ) : r.state === "new" ? (
                  "новый сотрудник"
                ) : (
                  "уже в журнале"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

export function StaffInviteSheet({ result, address, onAgain }: { result: StaffImportResult; address: string; onAgain: () => void }) {
  return (
    <div className="space-y-4">
      <div className="no-print space-y-2" data-testid="import-result">
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Импорт завершён. Создано сотрудников: {result.counts.newStaff}. Уже были в журнале: {result.counts.existingStaff}.
        </p>
        <div className="flex gap-2">
          {result.created.length > 0 && <Button onClick={() => window.print()}>Распечатать коды</Button>}
          <Button variant="secondary" onClick={onAgain}>
            Загрузить другой файл
          </Button>
        </div>
      </div>
      {result.created.length > 0 && (
        <section aria-label="Пригласительные коды">
          <h2 className="mb-2 text-base font-semibold">Пригласительные коды сотрудников</h2>
          <p className="mb-2 text-sm">Регистрация в электронном дневнике: {address}</p>
          <table className="w-full text-left text-sm" data-testid="invite-list">
            <thead className="border-b text-slate-600">
              <tr>
                <th className="py-1 pr-2">Кому</th>
                <th className="py-1 pr-2">Должность</th>
                <th className="py-1">Код</th>
              </tr>
            </thead>
            <tbody>
              {result.created.map((c) => (
                <tr key={c.code} className="break-inside-avoid border-b">
                  <td className="py-1 pr-2">{c.name}</td>
                  <td className="py-1 pr-2">{c.positions}</td>
                  <td className="py-1 font-mono text-base tracking-wider">{c.code}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
