"use client";
// A subject's marks in date order (GRD-1). On a desktop a long row scrolls with arrows; on a
// phone the same markup wraps onto lines (CSS only), so that every mark is visible at once.
// The marks arrive rendered on the server (children); only the arrows need the browser.
import { useRef } from "react";

const arrow = "hidden px-1 text-slate-600 hover:text-slate-900 sm:block";

export function MarkStrip({ label, children }: { label: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const scroll = (dx: number) => ref.current?.scrollBy({ left: dx, behavior: "smooth" });
  return (
    <div className="flex items-center gap-1">
      <button type="button" onClick={() => scroll(-160)} aria-label={`Предыдущие отметки: ${label}`} className={arrow}>
        ‹
      </button>
      {/* Focusable so that a keyboard can scroll it (axe: scrollable-region-focusable). */}
      <div
        ref={ref}
        role="group"
        aria-label={`Отметки: ${label}`}
        tabIndex={0}
        className="flex min-w-0 flex-1 flex-wrap gap-1 py-2 sm:flex-nowrap sm:overflow-x-auto"
        data-testid="mark-strip"
      >
        {children}
      </div>
      <button type="button" onClick={() => scroll(160)} aria-label={`Следующие отметки: ${label}`} className={arrow}>
        ›
      </button>
    </div>
  );
}
