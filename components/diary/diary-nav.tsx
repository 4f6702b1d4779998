"use client";
// The diary's sections, grouped as in the manual; only those the matrix allows are passed in.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { clsx } from "clsx";

export type NavItem = { id: string; path: string; title: string; group: string | null };

export function DiaryNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const groups = new Map<string, NavItem[]>();
  for (const item of items) {
    const key = item.group ?? "";
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const list = (
    <div className="space-y-4">
      {[...groups].map(([group, entries]) => (
        <div key={group || "main"}>
          {group && <p className="mb-1 px-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{group}</p>}
          <ul>
            {entries.map((s) => {
              const active = pathname === s.path || pathname.startsWith(`${s.path}/`);
              return (
                <li key={s.id}>
                  <Link
                    href={s.path}
                    aria-current={active ? "page" : undefined}
                    className={clsx(
                      "block rounded px-2 py-1.5 text-sm",
                      active ? "bg-brand-50 font-medium text-brand-800" : "text-slate-700 hover:bg-slate-100",
                    )}
                  >
                    {s.title}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
  return (
    <nav aria-label="Разделы дневника" className="no-print lg:w-56 lg:shrink-0">
      <details className="rounded-lg border border-slate-200 bg-white p-2 lg:hidden">
        <summary className="cursor-pointer px-2 py-1 text-sm font-medium">Разделы дневника</summary>
        <div className="mt-2">{list}</div>
      </details>
      <div className="hidden py-4 lg:block">{list}</div>
    </nav>
  );
}
