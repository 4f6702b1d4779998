// The header of every signed-in area: school, the areas this person may enter, their name,
// the child switch for parents (ACC-9), the profile menu (ACC-6…8) and sign-out. It also sends a
// person whose password the curator set to /security (ACC-5) and asks a newcomer to confirm
// their data (ACC-3): every signed-in layout renders it, so one check covers them all.
import Link from "next/link";
import { redirect } from "next/navigation";
import { canEnterArea } from "@/lib/access/matrix";
import type { Viewer } from "@/lib/auth/viewer";
import { shortName } from "@/lib/names";
import { ChildSwitcher } from "./child-switcher";
import { clsx } from "clsx";

/** Phones: every tap target of the header at least 40 px high (issue 15). */
const tap = "inline-flex min-h-10 items-center sm:min-h-0";

const AREAS = [
  { area: "diary", href: "/home", label: "Дневник" },
  { area: "journal", href: "/journal", label: "Журнал" },
  { area: "admin", href: "/admin", label: "Администрирование" },
] as const;

/** The account pages (ACC-6…ACC-8): in the header's menu and as the account area's tabs. */
export const PROFILE_LINKS = [
  { href: "/profile", label: "Мои данные" },
  { href: "/security", label: "Безопасность" },
  { href: "/settings", label: "Настройки" },
];

export function AppHeader({ viewer, gate = true }: { viewer: Viewer; gate?: boolean }) {
  if (gate && viewer.mustChangePassword) redirect("/security");
  const areas = AREAS.filter((a) => canEnterArea(viewer.roles, a.area));
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2">
        <Link href="/" className={clsx(tap, "font-semibold text-brand-700")}>
          {viewer.school.shortName}
        </Link>
        {areas.length > 1 && (
          <nav aria-label="Разделы журнала" className="flex gap-1 text-sm sm:gap-3">
            {areas.map((a) => (
              <Link key={a.area} href={a.href} className={clsx(tap, "px-1 text-slate-700 hover:text-brand-700")}>
                {a.label}
              </Link>
            ))}
          </nav>
        )}
        <div className="ml-auto flex items-center gap-1 text-sm sm:gap-3">
          <details className="relative">
            <summary className={clsx(tap, "cursor-pointer list-none rounded px-2 py-1 text-slate-700 hover:bg-slate-100")}>
              <span data-testid="viewer-name">{shortName(viewer)}</span> ▾
            </summary>
            <ul className="absolute right-0 z-20 mt-1 w-44 rounded-md border border-slate-200 bg-white py-1 shadow-md">
              {PROFILE_LINKS.map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="block px-3 py-2.5 hover:bg-slate-100 sm:py-1.5">
                    {l.label}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
          <form action="/logout" method="post">
            <button type="submit" className={clsx(tap, "rounded px-2 py-1 text-slate-700 hover:bg-slate-100")}>
              Выйти
            </button>
          </form>
        </div>
        {viewer.diaryKind === "PARENT" && viewer.children.length > 1 && viewer.child && (
          <ChildSwitcher
            activeId={viewer.child.id}
            items={viewer.children.map((c) => ({ id: c.id, label: c.firstName, classLabel: c.classLabel }))}
          />
        )}
      </div>
      {!viewer.emailConfirmed && !viewer.mustChangePassword && (
        <p className="bg-amber-50 px-3 py-2 text-center text-sm text-amber-900" data-testid="confirm-prompt">
          Подтвердите свои данные: пароль и почту.{" "}
          <Link href="/security#confirm" className="inline-flex min-h-10 items-center font-medium underline sm:min-h-0">
            Подтвердить
          </Link>
        </p>
      )}
    </header>
  );
}
