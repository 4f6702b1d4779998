"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deleteSlotAction } from "@/lib/actions/admin-classes";

export function DeleteSlotButton({ slotId, label }: { slotId: string; label: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="no-print text-xs text-red-700 underline disabled:opacity-50"
        disabled={pending}
        aria-label={`Убрать: ${label}`}
        onClick={() =>
          start(async () => {
            const r = await deleteSlotAction({ slotId });
            if (r.ok) router.refresh();
            else setError(r.message);
          })
        }
      >
        убрать
      </button>
      {error && (
        <span role="alert" className="block text-xs text-red-700">
          {error}
        </span>
      )}
    </>
  );
}
