"use client";
// Buttons with the children's names to switch between their diaries (ACC-9).
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { selectChildAction } from "@/lib/actions/auth";
import { clsx } from "clsx";

type Item = { id: string; label: string; classLabel: string | null };

export function ChildSwitcher({ items, activeId }: { items: Item[]; activeId: string }) {
  const [pending, start] = useTransition();
  const router = useRouter();
  return (
    <div role="group" aria-label="Дневник ребёнка" className="flex w-full flex-wrap gap-2 sm:w-auto">
      {items.map((c) => (
        <button
          key={c.id}
          type="button"
          aria-pressed={c.id === activeId}
          disabled={pending}
          onClick={() =>
            start(async () => {
              const result = await selectChildAction({ childId: c.id });
              if (result.ok) router.refresh();
            })
          }
          className={clsx(
            "min-h-10 min-w-10 rounded-full border px-3 py-1 text-sm sm:min-h-8",
            c.id === activeId ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100",
          )}
        >
          {c.label}
          {c.classLabel && <span className="ml-1 opacity-75">{c.classLabel}</span>}
        </button>
      ))}
    </div>
  );
}
