import { requireArea } from "@/lib/auth/viewer";
import { AppHeader } from "@/components/layout/app-header";
import { AdminNav } from "@/components/admin/admin-nav";

/** Sections that exist so far; a section's issue adds its path here when it is built. */
const BUILT = [
  "/admin",
  "/admin/school",
  "/admin/classes",
  "/admin/staff",
  "/admin/timetable",
  "/admin/groups",
  "/admin/rating",
  "/admin/people",
  "/admin/invites",
  "/admin/import",
  "/admin/audit",
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireArea("admin");
  return (
    <>
      <AppHeader viewer={viewer} />
      <div className="mx-auto max-w-6xl px-3 py-2">
        <AdminNav built={BUILT} />
      </div>
      <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-3 py-4 outline-none">
        {children}
      </main>
    </>
  );
}
