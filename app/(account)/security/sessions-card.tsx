"use client";
// ACC-7: the person's open sessions, and «Завершить другие сеансы», which ends them on the server.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { endOtherSessionsAction } from "@/lib/actions/accounts-self";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { countRu } from "@/lib/time/plural";

export type SessionRow = { key: string; startedAt: string; device: string; current: boolean };

export function SessionsCard({ sessions }: { sessions: SessionRow[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);

  function endOthers() {
    setState(null);
    startTransition(async () => {
      const r = await endOtherSessionsAction({});
      if (!r.ok) return setState({ ok: false, message: r.message });
      setState({
        ok: true,
        message:
          r.data > 0
            ? `Завершено: ${countRu(r.data, ["сеанс", "сеанса", "сеансов"])}. На тех устройствах нужно войти заново.`
            : "Других сеансов нет.",
      });
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-100 text-sm" data-testid="sessions">
        {sessions.map((s) => (
          <li key={s.key} className="py-2">
            <span className="font-medium">{s.device}</span>
            <span className="ml-2 text-slate-500">вход {s.startedAt}</span>
            {s.current && <span className="ml-2 rounded bg-emerald-50 px-1.5 py-0.5 text-xs text-emerald-800">этот сеанс</span>}
          </li>
        ))}
      </ul>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <Button type="button" variant="secondary" pending={pending} onClick={endOthers}>
        Завершить другие сеансы
      </Button>
    </div>
  );
}
