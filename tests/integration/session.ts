// A signed-in session for integration tests: the UserSession row the JWT would name.
import { prisma } from "@/lib/db";
import type { ViewerSession } from "@/lib/auth/load-viewer";

export async function sessionOf(user: { id: string; sessionVersion: number }): Promise<ViewerSession> {
  const row = await prisma.userSession.create({ data: { userId: user.id, userAgent: "vitest" }, select: { id: true } });
  return { uid: user.id, sv: user.sessionVersion, sid: row.id };
}
