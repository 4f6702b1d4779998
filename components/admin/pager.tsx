"use client";
// Server-side paging: links that keep the filters and change ?page=.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

export function Pager({ page, pages, total }: { page: number; pages: number; total: number }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const href = (p: number) => {
    const params = new URLSearchParams(search.toString());
    params.set("page", String(p));
    return `${pathname}?${params.toString()}`;
  };
  return (
    <nav aria-label="Страницы" className="mt-3 flex items-center justify-between gap-2 text-sm">
      <span className="text-slate-600">
        Всего записей: {total}. Страница {page} из {Math.max(pages, 1)}
      </span>
      <span className="flex gap-2">
        {page > 1 && (
          <Link className="rounded border border-slate-300 px-3 py-1" href={href(page - 1)}>
            ← Назад
          </Link>
        )}
        {page < pages && (
          <Link className="rounded border border-slate-300 px-3 py-1" href={href(page + 1)}>
            Дальше →
          </Link>
        )}
      </span>
    </nav>
  );
}
