"use client";
// Printable invitations (ACC-1): the school's address, the code, and in the top-right corner
// whom the code is for. One per page when printed.
import type { PrintableInvite } from "@/lib/actions/accounts-admin";
import { Button } from "@/components/ui/button";

export type PrintBatch = { invites: PrintableInvite[]; school: { name: string; address: string }; registerUrl: string };

export function Invitations({ batch }: { batch: PrintBatch }) {
  return (
    <section aria-label="Приглашения для печати" className="space-y-3">
      <div className="no-print">
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          Печать приглашений
        </Button>
      </div>
      {batch.invites.map((i) => (
        <article
          key={i.id}
          data-testid="invitation"
          className="relative break-after-page rounded-lg border border-slate-300 bg-white p-6 print:border-0"
        >
          <p className="absolute top-4 right-6 text-right text-sm" data-testid="invitation-for">
            {i.role === "PARENT" ? "Родителю ученика" : i.role === "STUDENT" ? "Ученику" : "Сотруднику школы"}
            <br />
            <strong>{i.studentName}</strong>
            {i.classLabel ? `, ${i.classLabel} класс` : ""}
          </p>
          <h2 className="mt-10 text-lg font-semibold">Приглашение в электронный дневник</h2>
          <p className="text-sm">{batch.school.name}</p>
          <p className="mt-3 text-sm">
            Откройте в браузере адрес <strong>{batch.registerUrl}</strong>, введите пригласительный код и нажмите «Зарегистрироваться».
          </p>
          <p className="mt-3 text-sm">Пригласительный код:</p>
          <p className="font-mono text-2xl tracking-widest" data-testid="invite-code">
            {i.code}
          </p>
          {i.expiresAt && (
            <p className="mt-2 text-xs text-slate-600">Код действует до {new Date(i.expiresAt).toLocaleDateString("ru-RU")}.</p>
          )}
          <p className="mt-4 text-xs text-slate-600">Адрес школы: {batch.school.address}</p>
        </article>
      ))}
    </section>
  );
}
