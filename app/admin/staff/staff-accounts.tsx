"use client";
// ADM-6: the school's staff with their accounts; unregistered ones are ticked to get invite codes,
// printed on the same sheet as the families' (ACC-1).
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { issueStaffInvitesAction } from "@/lib/actions/admin-staff";
import { Invitations, type PrintBatch } from "@/components/admin/invitations";
import { FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Row = { id: string; name: string; login: string | null; email: string | null; roles: string };

export function StaffAccounts({ rows }: { rows: Row[] }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [batch, setBatch] = useState<PrintBatch | null>(null);
  const [status, setStatus] = useState<{ message: string | null; tone: "error" | "success" }>({ message: null, tone: "error" });
  const [pending, setPending] = useState(false);

  async function issue() {
    setPending(true);
    const r = await issueStaffInvitesAction({ userIds: [...chosen] });
    setPending(false);
    if (!r.ok) return setStatus({ message: r.message, tone: "error" });
    setBatch(r.data);
    setChosen(new Set());
    setStatus({
      message: `Выдано кодов: ${r.data.invites.length}. Распечатайте приглашения сейчас: код показывается только один раз.`,
      tone: "success",
    });
    router.refresh();
  }

  const toggle = (id: string) => setChosen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  return (
    <div className="space-y-3">
      <div className="no-print overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="staff-accounts">
          <thead className="text-slate-500">
            <tr>
              <th className="py-1 pr-2">
                <span className="sr-only">Выбрать</span>
              </th>
              <th className="py-1 pr-2">Сотрудник</th>
              <th className="py-1 pr-2">Роли</th>
              <th className="py-1">Учётная запись</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100">
                <td className="py-1 pr-2">
                  {!r.login && (
                    <input type="checkbox" aria-label={`Выдать код: ${r.name}`} checked={chosen.has(r.id)} onChange={() => toggle(r.id)} />
                  )}
                </td>
                <td className="py-1 pr-2">
                  <Link href={`/admin/people/${r.id}`} className="text-brand-700 hover:underline">
                    {r.name}
                  </Link>
                </td>
                <td className="py-1 pr-2">{r.roles}</td>
                <td className="py-1">{r.login ?? "не зарегистрирован"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="no-print space-y-2">
        <FormMessage {...status} />
        <Button type="button" onClick={issue} pending={pending} disabled={chosen.size === 0}>
          Выдать коды отмеченным
        </Button>
      </div>
      {batch && <Invitations batch={batch} />}
    </div>
  );
}
