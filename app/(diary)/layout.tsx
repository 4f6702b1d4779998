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
        <div className="pt-3 lg:pt-0">
          <DiaryNav items={items} />
        </div>
        <main className="min-w-0 flex-1 py-4">{children}</main>
      </div>
    </>
  );
}
