import { requireArea } from "@/lib/auth/viewer";
import { AppHeader } from "@/components/layout/app-header";

export default async function JournalLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireArea("journal");
  return (
    <>
      <AppHeader viewer={viewer} />
      <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-3 py-4 outline-none">
        {children}
      </main>
    </>
  );
}
