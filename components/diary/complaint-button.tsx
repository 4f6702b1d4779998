"use client";
// STU-2: the complaint icon beside a homework; opens a short form; red once the family complained.
// The form (react-hook-form + the shared zod schema) is fetched on the first click.
import { useState } from "react";
import dynamic from "next/dynamic";
import { clsx } from "clsx";

const ComplaintForm = dynamic(() => import("@/components/diary/complaint-form"), {
  loading: () => <span className="block text-sm text-slate-500">Загрузка…</span>,
});

export function ComplaintButton({ homeworkId, complained }: { homeworkId: string; complained: boolean }) {
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(complained);
  return (
    <span className="inline-block">
      <button
        type="button"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-label={sent ? "Жалоба отправлена завучу" : "Пожаловаться на задание"}
        data-complained={sent ? "true" : "false"}
        className={clsx(
          "ml-1 inline-flex min-h-10 min-w-10 items-center justify-center rounded px-1 text-sm sm:min-h-0 sm:min-w-0",
          sent ? "text-red-700" : "text-slate-600 hover:text-slate-900",
        )}
      >
        ⚑
      </button>
      {open && (
        <ComplaintForm
          homeworkId={homeworkId}
          onSent={() => {
            setSent(true);
            setOpen(false);
          }}
        />
      )}
    </span>
  );
}
