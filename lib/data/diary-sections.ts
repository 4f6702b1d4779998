// Guard for diary route handlers (exports): the same matrix and active child as requireSection,
// answered with null instead of notFound() so that the handler can reply 404 itself.
import "server-only";
import { getViewer, type ChildRef, type Viewer } from "@/lib/auth/viewer";
import { canSeeSection, getSection } from "@/lib/access/matrix";

export async function sectionForHandler(sectionId: string): Promise<{ viewer: Viewer; child: ChildRef } | null> {
  const viewer = await getViewer();
  if (!viewer?.child || !canSeeSection(viewer.diaryKind, getSection(sectionId), viewer.school)) return null;
  return { viewer, child: viewer.child };
}
