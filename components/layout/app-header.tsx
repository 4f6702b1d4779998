// The header of every signed-in area: school, the areas this person may enter, their name,
// the child switch for parents (ACC-9) and sign-out.
import Link from "next/link";
import { canEnterArea } from "@/lib/access/matrix";
import type { Viewer } from "@/lib/auth/viewer";
import { signOutAction } from "@/lib/actions/auth";
import { shortName } from "@/lib/names";
import { ChildSwitcher } from "./child-switcher";

const AREAS = [
  { area: "diary", href: "/home", label: "Дневник" },
  { area: "journal", href: "/journal", label: "Журнал" },
  { area: "admin", href: "/admin", label: "Администрирование" },
] as const;

export function AppHeader({ viewer }: { viewer: Viewer }) {
  const areas = AREAS.filter((a) => canEnterArea(viewer.roles, a.area));
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2">
        <Link href="/" className="font-semibold text-brand-700">
          {viewer.school.shortName}
        </Link>
        {areas.length > 1 && (
          <nav aria-label="Разделы журнала" className="flex gap-3 text-sm">
            {areas.map((a) => (
              <Link key={a.area} href={a.href} className="text-slate-600 hover:text-brand-700">
                {a.label}
              </Link>
            ))}
          </nav>
        )}
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="text-slate-700" data-testid="viewer-name">
            {shortName(viewer)}
          </span>
          <form action={signOutAction}>
            <button type="submit" className="rounded px-2 py-1 text-slate-600 hover:bg-slate-100">
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
    </header>
  );
}
