"use client";
// A subject's marks in date order; a long row scrolls with arrows (GRD-1).
import { useRef } from "react";
import { MarkNote } from "@/components/diary/mark-note";
import type { TableMark } from "@/lib/data/diary-marks";
import { formatShortDate } from "@/lib/time/dates";

export function MarkStrip({ marks, label }: { marks: TableMark[]; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const scroll = (dx: number) => ref.current?.scrollBy({ left: dx, behavior: "smooth" });
  if (marks.length === 0) return <span className="text-sm text-slate-400">нет отметок</span>;
  return (
    <div className="flex items-center gap-1">
      <button type="button" onClick={() => scroll(-160)} aria-label={`Предыдущие отметки: ${label}`} className="px-1 text-slate-500 hover:text-slate-900">
        ‹
      </button>
      <div ref={ref} className="flex min-w-0 flex-1 gap-1 overflow-x-auto py-2" data-testid="mark-strip">
        {marks.map((m, i) => (
          <span key={i} className="flex shrink-0 flex-col items-center">
            <MarkNote value={m.value} comment={m.comment} workType={m.workType} weight={m.weight} />
            <span className="text-[10px] text-slate-400">{formatShortDate(m.date)}</span>
          </span>
        ))}
      </div>
      <button type="button" onClick={() => scroll(160)} aria-label={`Следующие отметки: ${label}`} className="px-1 text-slate-500 hover:text-slate-900">
        ›
      </button>
    </div>
  );
}
