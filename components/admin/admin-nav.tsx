"use client";
// The curator's sections (ADM-1…4). Each entry is a folder under app/admin.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

export const ADMIN_SECTIONS = [
  { href: "/admin", title: "Обзор" },
  { href: "/admin/school", title: "Школа и учебный год" },
  { href: "/admin/classes", title: "Классы и предметы" },
  { href: "/admin/staff", title: "Сотрудники и нагрузка" },
  { href: "/admin/timetable", title: "Расписание" },
  { href: "/admin/groups", title: "Кружки и группы" },
  { href: "/admin/rating", title: "Рейтинг" },
  { href: "/admin/people", title: "Люди и доступ" },
  { href: "/admin/invites", title: "Приглашения" },
  { href: "/admin/import", title: "Импорт" },
  { href: "/admin/audit", title: "Журнал изменений" },
] as const;

export function AdminNav({ built }: { built: readonly string[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Разделы администрирования" className="no-print -mx-3 overflow-x-auto px-3">
      <ul className="flex gap-1 whitespace-nowrap border-b border-slate-200 text-sm">
        {ADMIN_SECTIONS.filter((s) => built.includes(s.href)).map((s) => {
          const active = s.href === "/admin" ? pathname === "/admin" : pathname.startsWith(s.href);
          return (
            <li key={s.href}>
              <Link
                href={s.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "block border-b-2 px-3 py-2",
                  active ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900",
                )}
              >
                {s.title}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
