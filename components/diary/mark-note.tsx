"use client";
// A mark whose comment or work name opens on click or tap (STU-1); a plain badge otherwise.
import { useId, useState } from "react";
import { MarkBadge, workTypeLabel } from "@/components/diary/mark-badge";

export function MarkNote({ value, comment, workType, weight }: { value: string; comment: string | null; workType: string; weight?: number }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!comment) return <MarkBadge value={value} workType={workType} />;
  return (
    <span className="relative inline-block">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)} className="rounded">
        <MarkBadge value={value} comment={comment} workType={workType} />
      </button>
      {open && (
        <span
          id={id}
          role="note"
          className="absolute right-0 z-10 mt-1 block w-56 max-w-[80vw] rounded-md border border-slate-200 bg-white p-2 text-left text-sm shadow-lg"
        >
          <span className="block font-medium">{comment}</span>
          <span className="block text-xs text-slate-500">
            {workTypeLabel(workType)}
            {weight !== undefined && `, вес ${weight}`}
          </span>
        </span>
      )}
    </span>
  );
}
