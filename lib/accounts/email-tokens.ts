// Single-use, expiring links for e-mail confirmation (ACC-3) and password reset (ACC-4). The
// plain token lives only in the letter; the database keeps its hash.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { generateToken, hashSecret } from "@/lib/accounts/secrets";

export type TokenKind = "CONFIRM_EMAIL" | "RESET_PASSWORD";

export const TOKEN_LIFETIME_MS: Record<TokenKind, number> = {
  CONFIRM_EMAIL: 48 * 3600_000,
  RESET_PASSWORD: 60 * 60_000,
};

type Db = Pick<Prisma.TransactionClient, "emailToken">;

/** Issues a new token; earlier unused tokens of the same kind stop working. */
export async function issueEmailToken(db: Db, opts: { userId: string; kind: TokenKind; email: string; now?: Date }): Promise<string> {
  const now = opts.now ?? new Date();
  await db.emailToken.updateMany({ where: { userId: opts.userId, kind: opts.kind, usedAt: null }, data: { usedAt: now } });
  const token = generateToken();
  await db.emailToken.create({
    data: {
      userId: opts.userId,
      kind: opts.kind,
      tokenHash: hashSecret(token),
      email: opts.email,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[opts.kind]),
    },
  });
  return token;
}

export type LiveToken = { id: string; userId: string; email: string };

/** A token that is known, of this kind, unused and unexpired — or null. Does not use it up. */
export async function findLiveToken(token: string, kind: TokenKind, now = new Date()): Promise<LiveToken | null> {
  // Looked up by its hash (a unique index); the hash of a guess reveals nothing about real ones.
  const row = await prisma.emailToken.findUnique({
    where: { tokenHash: hashSecret(token) },
    select: { id: true, userId: true, email: true, kind: true, usedAt: true, expiresAt: true },
  });
  if (!row || row.kind !== kind || row.usedAt || row.expiresAt <= now) return null;
  return { id: row.id, userId: row.userId, email: row.email };
}

/** Uses a token up inside the caller's transaction; false when someone else was first. */
export async function consumeToken(db: Db, id: string, now = new Date()): Promise<boolean> {
  const { count } = await db.emailToken.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return count === 1;
}
