"use client";
// The import's result: who was created, and their invite codes as a printable list (ADM-3, ACC-1).
// Codes are shown only here, once: the database keeps their hashes.
import type { ImportResult } from "@/lib/import/run";
import { Button } from "@/components/ui/button";

export function InviteSheet({ result, address, onAgain }: { result: ImportResult; address: string; onAgain: () => void }) {
  const { counts, created } = result;
  return (
    <div className="space-y-4">
      <div className="no-print space-y-2" data-testid="import-result">
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Импорт завершён. Создано учеников: {counts.newStudents}, родителей: {counts.newParents}. Уже были в журнале: учеников{" "}
          {counts.existingStudents}, родителей {counts.existingParents}.
          {result.newClasses.length > 0 && ` Созданы классы: ${result.newClasses.join(", ")}.`}
        </p>
        {created.length > 0 ? (
          <p className="text-sm text-slate-700">Коды показаны один раз: распечатайте список и раздайте коды ученикам и родителям.</p>
        ) : (
          <p className="text-sm text-slate-700">Новых людей нет — пригласительные коды не выпускались.</p>
        )}
        <div className="flex gap-2">
          {created.length > 0 && <Button onClick={() => window.print()}>Распечатать коды</Button>}
          <Button variant="secondary" onClick={onAgain}>
            Загрузить другой файл
          </Button>
        </div>
      </div>
      {created.length > 0 && (
        <section aria-label="Пригласительные коды">
          <h2 className="mb-2 text-base font-semibold">Пригласительные коды</h2>
          <p className="mb-2 text-sm">Регистрация в электронном дневнике: {address}</p>
          <table className="w-full text-left text-sm" data-testid="invite-list">
            <thead className="border-b text-slate-600">
              <tr>
                <th className="py-1 pr-2">Кому</th>
                <th className="py-1 pr-2">Класс</th>
                <th className="py-1 pr-2">Роль</th>
                <th className="py-1">Код</th>
              </tr>
            </thead>
            <tbody>
              {created.map((c) => (
                <tr key={c.code} className="break-inside-avoid border-b">
                  <td className="py-1 pr-2">{c.name}</td>
                  <td className="py-1 pr-2">{c.classLabel}</td>
                  <td className="py-1 pr-2">{c.role === "STUDENT" ? "ученик" : `родитель (${c.childName ?? ""})`}</td>
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
