// Throttling of failed sign-ins (ACC-11) and of guessing codes and tokens. Counts live in the
// database (AuthThrottle), so several app instances share them.
import { prisma } from "@/lib/db";
import { countRu } from "@/lib/time/plural";

export type ThrottlePolicy = {
  /** failures allowed inside the window before the key is locked */
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
};

/** Per login: five wrong passwords in 15 minutes lock that login for 15 minutes. */
export const LOGIN_POLICY: ThrottlePolicy = { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };
/** Per address: a whole class behind one school NAT may mistype, so the limit is higher. */
export const ADDRESS_POLICY: ThrottlePolicy = { maxFailures: 30, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };

export type ThrottleKey = { key: string; policy: ThrottlePolicy };

export function loginKeys(login: string, address: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `login:${login.trim().toLowerCase()}`, policy: LOGIN_POLICY }];
  if (address) keys.push({ key: `ip:${address}`, policy: ADDRESS_POLICY });
  return keys;
}

/** Seconds until the first locked key opens, or 0 when none is locked. */
export async function lockedFor(keys: ThrottleKey[], now: Date = new Date()): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await prisma.authThrottle.findMany({
    where: { key: { in: keys.map((k) => k.key) }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil!.getTime()));
  return until > 0 ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/**
 * Counts one failure for each key in one atomic statement per key: a fresh window starts when
 * the old one is over; reaching the limit sets lockedUntil.
 */
export async function recordFailure(keys: ThrottleKey[]): Promise<void> {
  for (const { key, policy } of keys) {
    await prisma.$executeRaw`
      INSERT INTO "AuthThrottle" ("key", "failures", "windowStartsAt", "lockedUntil")
      VALUES (${key}, 1, now(), CASE WHEN 1 >= ${policy.maxFailures}
                                     THEN now() + make_interval(secs => ${policy.lockSeconds}) END)
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "AuthThrottle"."windowStartsAt" < now() - make_interval(secs => ${policy.windowSeconds})
                          THEN 1 ELSE "AuthThrottle"."failures" + 1 END,
        "windowStartsAt" = CASE WHEN "AuthThrottle"."windowStartsAt" < now() - make_interval(secs => ${policy.windowSeconds})
                                THEN now() ELSE "AuthThrottle"."windowStartsAt" END,
        "lockedUntil" = CASE
          WHEN (CASE WHEN "AuthThrottle"."windowStartsAt" < now() - make_interval(secs => ${policy.windowSeconds})
                     THEN 1 ELSE "AuthThrottle"."failures" + 1 END) >= ${policy.maxFailures}
          THEN now() + make_interval(secs => ${policy.lockSeconds})
          ELSE "AuthThrottle"."lockedUntil" END`;
  }
}

/** A success clears the login's count (not the address's: one success must not unlock a NAT). */
export async function clearFailures(key: string): Promise<void> {
  await prisma.authThrottle.deleteMany({ where: { key } });
}

export function formatWait(seconds: number): string {
  return countRu(Math.max(1, Math.ceil(seconds / 60)), ["минуту", "минуты", "минут"]);
}

/** Guessing invite codes or e-mail tokens: counted per address, like sign-in. */
export const GUESS_POLICY: ThrottlePolicy = { maxFailures: 20, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };

export function guessKeys(scope: "invite" | "reset" | "confirm", address: string | null): ThrottleKey[] {
  return [{ key: `${scope}:${address ?? "unknown"}`, policy: GUESS_POLICY }];
}
