// ADM-5: the one-time setup link. The plain token exists only in the start output; the database
// keeps its SHA-256 hash (lib/accounts/secrets.ts), so every instance can check a link and a
// reader of the database cannot use one. No "server-only": scripts/start.ts issues tokens.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { generateToken, hashSecret } from "@/lib/accounts/secrets";

type Db = PrismaClient | Prisma.TransactionClient;

/** A new link token; older unused ones stay valid until any one of them is used. */
export async function issueSetupToken(db: Db): Promise<string> {
  const token = generateToken();
  await db.setupToken.create({ data: { tokenHash: hashSecret(token) } });
  return token;
}

/** Is this a live (issued, unused) token? Looked up by its hash: a guess reveals nothing. */
export async function setupTokenIsLive(db: Db, token: string): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const row = await db.setupToken.findUnique({ where: { tokenHash: hashSecret(token) }, select: { usedAt: true } });
  return row !== null && row.usedAt === null;
}

/**
 * Uses the token inside the transaction that creates the school: a conditional update, so of two
 * racing submissions one wins. Every other unused link dies with it. False when not live.
 */
export async function consumeSetupToken(tx: Prisma.TransactionClient, token: string, schoolId: string): Promise<boolean> {
  const now = new Date();
  const { count } = await tx.setupToken.updateMany({
    where: { tokenHash: hashSecret(token), usedAt: null },
    data: { usedAt: now, schoolId },
  });
  if (count !== 1) return false;
  await tx.setupToken.updateMany({ where: { usedAt: null }, data: { usedAt: now } });
  return true;
}

/** Whether `npm start` should print a setup link, and the lines it prints. Pure, for tests. */
export function firstRunNotice(opts: { curators: number; origin: string; token: string | null }): string[] | null {
  if (opts.curators > 0 || !opts.token) return null;
  const url = `${opts.origin.replace(/\/+$/, "")}/setup?token=${opts.token}`;
  return [
    "[start] no school yet. Open this one-time link to create the school and its first curator:",
    `[start]   ${url}`,
    "[start] the link works once; it is shown only here. Restarting prints a new one until the school exists.",
  ];
}

/** Curators of every school: none means the installation needs its first-run link. */
export async function curatorCount(db: Db): Promise<number> {
  return db.userRole.count({ where: { role: "CURATOR", user: { deletedAt: null } } });
}
