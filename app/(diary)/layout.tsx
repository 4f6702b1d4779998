import { requireArea } from "@/lib/auth/viewer";
import { visibleSections } from "@/lib/access/matrix";
import { AppHeader } from "@/components/layout/app-header";
import { DiaryNav } from "@/components/diary/diary-nav";

export default async function DiaryLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireArea("diary");
  const items = visibleSections(viewer.diaryKind, viewer.school).map(({ id, path, title, group }) => ({ id, path, title, group }));
  return (
    <>
      <AppHeader viewer={viewer} />
      <div className="mx-auto max-w-6xl gap-6 px-3 lg:flex">
        <DiaryNav items={items} />
        {/* Room below for the phone's bottom bar (components/diary/diary-nav.tsx). */}
        <main id="content" tabIndex={-1} className="min-w-0 flex-1 pt-4 pb-20 outline-none lg:pb-4">
          {children}
        </main>
      </div>
    </>
  );
}
