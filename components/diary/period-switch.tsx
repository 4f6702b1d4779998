// The study-period switch above a diary list (STU-5, GRD-1): plain links, so it works without JS.
import Link from "next/link";
import { clsx } from "clsx";

export function PeriodSwitch({
  path,
  periods,
  current,
}: {
  path: string;
  periods: { id: string; name: string }[];
  current: string | null;
}) {
  return (
    <nav aria-label="Учебный период" className="flex flex-wrap gap-1">
      {periods.map((p) => (
        <Link
          key={p.id}
          href={`${path}?period=${p.id}`}
          aria-current={p.id === current ? "page" : undefined}
          className={clsx(
            "inline-flex min-h-10 items-center rounded-md border px-2.5 py-1 text-sm sm:min-h-0",
            p.id === current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100",
          )}
        >
          {p.name}
        </Link>
      ))}
    </nav>
  );
}
