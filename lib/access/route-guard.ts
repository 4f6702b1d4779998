// The one guard for route handlers (file downloads, exports): it resolves the viewer as pages do,
// holds back a person who must first change the password (ACC-5: pages are held back by the
// header, a handler has to check it itself), checks the area or the diary section, and answers
// like pages: 401 without a session, 404 for anything this viewer may not have.
// Exempt: sign-out (app/logout) and the health check (app/api/health).
import "server-only";
import { getViewer, sectionAccess, type Viewer } from "@/lib/auth/viewer";
import { canEnterArea, type Area } from "@/lib/access/matrix";

const refuse = (status: 401 | 404) =>
  new Response(status === 401 ? "Войдите в журнал." : "Не найдено.", { status, headers: { "Cache-Control": "no-store" } });

/** The signed-in viewer who may enter `area` (any signed-in person without one), or the answer to return. */
export async function guardRoute(area?: Area): Promise<Viewer | Response> {
  const viewer = await getViewer();
  if (!viewer) return refuse(401);
  if (viewer.mustChangePassword) return refuse(404);
  if (area && !canEnterArea(viewer.roles, area)) return refuse(404);
  return viewer;
}

/** A diary section's scope (the same check as its page), or the answer to return. */
export async function guardSectionRoute(sectionId: string) {
  const viewer = await guardRoute("diary");
  if (viewer instanceof Response) return viewer;
  return sectionAccess(viewer, sectionId) ?? refuse(404);
}
