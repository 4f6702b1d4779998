// «Мои данные», «Безопасность», «Настройки» (ACC-6…ACC-8): for every signed-in person.
import Link from "next/link";
import { requireArea } from "@/lib/auth/viewer";
import { AppHeader, PROFILE_LINKS } from "@/components/layout/app-header";

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireArea("account");
  return (
    <>
      {/* The forced password change (ACC-5) is handled on /security itself, so no gate here. */}
      <AppHeader viewer={viewer} gate={false} />
      <div className="mx-auto max-w-3xl px-3 py-4">
        <nav aria-label="Мой профиль" className="mb-4 flex gap-4 border-b border-slate-200 text-sm">
          {PROFILE_LINKS.map((t) => (
            <Link
              key={t.href}
              href={t.href}
              className="-mb-px border-b-2 border-transparent px-1 py-2.5 text-slate-700 hover:border-brand-700 sm:py-2"
            >
              {t.label}
            </Link>
          ))}
        </nav>
        <main id="content" tabIndex={-1} className="outline-none">
          {children}
        </main>
      </div>
    </>
  );
}
