"use client";

import { useState } from "react";
import Link from "next/link";
import { confirmEmailAction } from "@/lib/actions/accounts";
import { FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function ConfirmButton({ token }: { token: string }) {
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, setPending] = useState(false);
  async function confirm() {
    setPending(true);
    const r = await confirmEmailAction({ token });
    setPending(false);
    setState(r.ok ? { ok: true, message: "Адрес электронной почты подтверждён." } : { ok: false, message: r.message });
  }
  return (
    <div className="mt-4 space-y-4">
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      {state?.ok ? (
        <Link href="/" className="text-sm text-brand-700 hover:underline">
          Перейти в журнал
        </Link>
      ) : (
        <Button onClick={confirm} pending={pending} className="w-full">
          Подтвердить почту
        </Button>
      )}
    </div>
  );
}
