// The request's viewer: who is signed in, their roles and school, and — for the diary — whose
// diary they read. Resolved once per request (React cache) in one SQL query, and always checked
// against the database: the JWT says who, the database says what they may see.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { readSession } from "@/lib/auth/session-token";
import { ACTIVE_CHILD_COOKIE } from "@/lib/auth/cookies";
import { canEnterArea, type Area } from "@/lib/access/matrix";
import { loadViewer, sectionAccess, type DiaryScope, type Viewer } from "@/lib/auth/load-viewer";

export type { ChildRef, DiaryScope, Viewer, ViewerSchool } from "@/lib/auth/load-viewer";
export { sectionAccess } from "@/lib/auth/load-viewer";

/** The signed-in viewer, or null. Cached for the request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await readSession(await headers());
  if (!session) return null;
  const wanted = (await cookies()).get(ACTIVE_CHILD_COOKIE)?.value;
  return loadViewer(session, wanted);
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}

/** For pages of an area: a viewer who may not enter it gets a 404, not a hint. */
export async function requireArea(area: Area): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!canEnterArea(viewer.roles, area)) notFound();
  return viewer;
}

/** For diary pages: the section must be visible to this viewer, and a child must be chosen. */
export async function requireSection(sectionId: string): Promise<DiaryScope> {
  return sectionAccess(await requireViewer(), sectionId) ?? notFound();
}
