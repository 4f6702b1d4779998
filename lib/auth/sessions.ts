// Sessions on the server (docs/adr/0007-sessions-and-throttling.md): every sign-in is a
// UserSession row whose id the JWT carries; the viewer's one query accepts a token only while
// its row is live, so sign-out and «Завершить другие сеансы» end sessions for real.
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";

/** Sessions live as long as their JWT (lib/auth/index.ts); older rows are swept at sign-in. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/** Starts a session at sign-in (and forgets this user's sessions whose tokens have expired). */
export async function startSession(userId: string, userAgent: string | null): Promise<string> {
  const expired = new Date(Date.now() - SESSION_MAX_AGE_SECONDS * 1000);
  const [, session] = await prisma.$transaction([
    prisma.userSession.deleteMany({ where: { userId, createdAt: { lt: expired } } }),
    prisma.userSession.create({ data: { userId, userAgent: userAgent?.slice(0, 300) || null }, select: { id: true } }),
  ]);
  return session.id;
}

/** Ends one session of this user (sign-out). */
export async function endSession(userId: string, sessionId: string): Promise<void> {
  await prisma.userSession.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every other session of this user; returns how many ended. */
export async function endOtherSessions(
  userId: string,
  keepSessionId: string | null,
  db: Pick<Prisma.TransactionClient, "userSession"> = prisma,
): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** The user's live sessions, newest first, for «Безопасность». */
export async function liveSessions(userId: string) {
  const since = new Date(Date.now() - SESSION_MAX_AGE_SECONDS * 1000);
  return prisma.userSession.findMany({
    where: { userId, revokedAt: null, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, createdAt: true, userAgent: true },
  });
}
