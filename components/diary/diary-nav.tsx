"use client";
// The diary's sections, grouped as in the manual; only those the matrix allows are passed in.
// Wide screens: the full list beside the page. Phones and tablets: a bar at the bottom with the
// main sections and «Ещё», which opens the full list as a native popover (top layer, Esc and a
// tap elsewhere close it), so the menu never pushes the page down.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { clsx } from "clsx";

export type NavItem = { id: string; path: string; title: string; group: string | null };

/** The sections a family opens most; the bottom bar shows those that this viewer has. */
const MAIN_SECTIONS = ["home", "week", "marks", "schedule"];
const SHORT_TITLES: Record<string, string> = { home: "Главная", week: "Неделя", marks: "Отметки", schedule: "Расписание" };
const MENU_ID = "diary-menu";

export function DiaryNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const isActive = (s: NavItem) => pathname === s.path || pathname.startsWith(`${s.path}/`);
  const groups = new Map<string, NavItem[]>();
  for (const item of items) {
    const key = item.group ?? "";
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const list = (onNavigate?: () => void) => (
    <div className="space-y-4">
      {[...groups].map(([group, entries]) => (
        <div key={group || "main"}>
          {group && <p className="mb-1 px-2 text-xs font-semibold uppercase tracking-wide text-slate-600">{group}</p>}
          <ul>
            {entries.map((s) => (
              <li key={s.id}>
                <Link
                  href={s.path}
                  aria-current={isActive(s) ? "page" : undefined}
                  onClick={onNavigate}
                  className={clsx(
                    "flex min-h-10 items-center rounded px-2 text-sm lg:block lg:min-h-0 lg:py-1.5",
                    isActive(s) ? "bg-brand-50 font-medium text-brand-800" : "text-slate-700 hover:bg-slate-100",
                  )}
                >
                  {s.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
  const main = MAIN_SECTIONS.flatMap((id) => items.filter((i) => i.id === id));
  const tab = "flex min-h-12 flex-1 flex-col items-center justify-center px-1 text-xs";
  return (
    <>
      <nav aria-label="Разделы дневника" className="no-print hidden py-4 lg:block lg:w-56 lg:shrink-0">
        {list()}
      </nav>
      <nav
        aria-label="Основные разделы"
        className="no-print fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white lg:hidden"
        data-testid="bottom-nav"
      >
        <ul className="mx-auto flex max-w-xl">
          {main.map((s) => (
            <li key={s.id} className="flex flex-1">
              <Link
                href={s.path}
                aria-current={isActive(s) ? "page" : undefined}
                className={clsx(tab, isActive(s) ? "font-semibold text-brand-800" : "text-slate-700")}
              >
                {SHORT_TITLES[s.id] ?? s.title}
              </Link>
            </li>
          ))}
          <li className="flex flex-1">
            <button type="button" popoverTarget={MENU_ID} className={clsx(tab, "text-slate-700")}>
              Ещё
            </button>
          </li>
        </ul>
      </nav>
      <div
        id={MENU_ID}
        popover="auto"
        className="diary-menu m-0 max-h-[75vh] w-full max-w-none overflow-y-auto rounded-t-xl border border-slate-200 bg-white p-3 shadow-xl lg:hidden"
      >
        <nav aria-label="Все разделы дневника">{list(() => document.getElementById(MENU_ID)?.hidePopover())}</nav>
      </div>
    </>
  );
}
