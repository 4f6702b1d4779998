"use client";
// A subject's marks in date order; a long row scrolls with arrows (GRD-1). The marks arrive
// rendered on the server (children); only the arrows need the browser.
import { useRef } from "react";

export function MarkStrip({ label, children }: { label: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const scroll = (dx: number) => ref.current?.scrollBy({ left: dx, behavior: "smooth" });
  return (
    <div className="flex items-center gap-1">
      <button type="button" onClick={() => scroll(-160)} aria-label={`Предыдущие отметки: ${label}`} className="px-1 text-slate-500 hover:text-slate-900">
        ‹
      </button>
      <div ref={ref} className="flex min-w-0 flex-1 gap-1 overflow-x-auto py-2" data-testid="mark-strip">
        {children}
      </div>
      <button type="button" onClick={() => scroll(160)} aria-label={`Следующие отметки: ${label}`} className="px-1 text-slate-500 hover:text-slate-900">
        ›
      </button>
    </div>
  );
}
