// ADM-5: guessing setup links is throttled per address like invite codes (lib/auth/throttle.ts):
// 20 wrong links in 15 minutes lock the address for 15 minutes.
import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth";
import { GUESS_POLICY, lockedFor, recordFailure, type ThrottleKey } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";
import { setupTokenIsLive } from "./token";

async function keys(): Promise<ThrottleKey[]> {
  return [{ key: `setup:${clientAddress(await headers()) ?? "unknown"}`, policy: GUESS_POLICY }];
}

/** True for a live link from an address that is not locked; a dead link counts as a guess. */
export async function setupLinkOpens(token: string | undefined): Promise<boolean> {
  const k = await keys();
  if ((await lockedFor(k)) > 0) return false;
  if (token && (await setupTokenIsLive(prisma, token))) return true;
  await recordFailure(k);
  return false;
}

export async function countSetupGuess(): Promise<void> {
  await recordFailure(await keys());
}
