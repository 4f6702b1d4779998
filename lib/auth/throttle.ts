// Throttling of failed sign-ins (ACC-11) and of guessing codes and tokens. Counts live in the
// database (AuthThrottle), so several app instances share them. Sign-in is counted three ways
// (docs/adr/0007-sessions-and-throttling.md), so that a stranger cannot lock the owner out:
//   - the login and address together: five failures lock that pair;
//   - the address: a high limit (a school behind one NAT), then a lock;
//   - the login alone: never a lock, only a growing delay before each further attempt.
import { prisma } from "@/lib/db";
import { countRu } from "@/lib/time/plural";

export type ThrottlePolicy = {
  /** failures allowed inside the window before the key is locked; null: the key never locks */
  maxFailures: number | null;
  windowSeconds: number;
  lockSeconds: number;
};

const WINDOW = 15 * 60;

/** Login and address together: five wrong passwords in 15 minutes lock that pair for 15 minutes. */
export const PAIR_POLICY: ThrottlePolicy = { maxFailures: 5, windowSeconds: WINDOW, lockSeconds: WINDOW };
/** Per address: a whole class behind one school NAT may mistype, so the limit is higher. */
export const ADDRESS_POLICY: ThrottlePolicy = { maxFailures: 30, windowSeconds: WINDOW, lockSeconds: WINDOW };
/** The login alone, from every address: counted for the slowdown, never locked. */
export const LOGIN_POLICY: ThrottlePolicy = { maxFailures: null, windowSeconds: WINDOW, lockSeconds: 0 };
/** Failures of a login (from anywhere) before each attempt waits, and the longest wait. */
export const SLOWDOWN = { after: 5, maxDelaySeconds: 8 };

export type ThrottleKey = { key: string; policy: ThrottlePolicy };

/** The keys of one sign-in attempt: [pair, login, address?]. The address is the trusted one. */
export function loginKeys(login: string, address: string | null): ThrottleKey[] {
  const name = login.trim().toLowerCase();
  const keys: ThrottleKey[] = [
    { key: `pair:${name}@${address ?? "unknown"}`, policy: PAIR_POLICY },
    { key: `login:${name}`, policy: LOGIN_POLICY },
  ];
  if (address) keys.push({ key: `ip:${address}`, policy: ADDRESS_POLICY });
  return keys;
}

/** Seconds to wait before checking a password, after `failures` failures of the login alone. */
export function slowdownSeconds(failures: number): number {
  if (failures < SLOWDOWN.after) return 0;
  return Math.min(SLOWDOWN.maxDelaySeconds, 2 ** (failures - SLOWDOWN.after));
}

export type ThrottleState = {
  /** seconds until the first locked key opens, 0 when none is locked */
  lockedFor: number;
  /** seconds this attempt waits before the password is checked (the login's slowdown) */
  delaySeconds: number;
};

/** The state of these keys in one query. */
export async function throttleState(keys: ThrottleKey[], now: Date = new Date()): Promise<ThrottleState> {
  if (keys.length === 0) return { lockedFor: 0, delaySeconds: 0 };
  const rows = await prisma.authThrottle.findMany({
    where: { key: { in: keys.map((k) => k.key) } },
    select: { key: true, failures: true, windowStartsAt: true, lockedUntil: true },
  });
  let until = 0;
  let delaySeconds = 0;
  for (const row of rows) {
    if (row.lockedUntil && row.lockedUntil > now) until = Math.max(until, row.lockedUntil.getTime());
    const policy = keys.find((k) => k.key === row.key)!.policy;
    const windowLive = row.windowStartsAt.getTime() > now.getTime() - policy.windowSeconds * 1000;
    if (policy.maxFailures === null && windowLive) delaySeconds = Math.max(delaySeconds, slowdownSeconds(row.failures));
  }
  return { lockedFor: until > 0 ? Math.ceil((until - now.getTime()) / 1000) : 0, delaySeconds };
}

/** Seconds until the first locked key opens, or 0 when none is locked. */
export async function lockedFor(keys: ThrottleKey[], now: Date = new Date()): Promise<number> {
  return (await throttleState(keys, now)).lockedFor;
}

/**
 * Counts one failure for each key in one atomic statement per key: a fresh window starts when
 * the old one is over; reaching the limit sets lockedUntil (never for a key without a limit).
 */
export async function recordFailure(keys: ThrottleKey[]): Promise<void> {
  for (const { key, policy } of keys) {
    const max = policy.maxFailures ?? 2 ** 31 - 1;
    await prisma.$executeRaw`
      INSERT INTO "AuthThrottle" ("key", "failures", "windowStartsAt", "lockedUntil")
      VALUES (${key}, 1, now(), CASE WHEN 1 >= ${max}
                                     THEN now() + make_interval(secs => ${policy.lockSeconds}) END)
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "AuthThrottle"."windowStartsAt" < now() - make_interval(secs => ${policy.windowSeconds})
                          THEN 1 ELSE "AuthThrottle"."failures" + 1 END,
        "windowStartsAt" = CASE WHEN "AuthThrottle"."windowStartsAt" < now() - make_interval(secs => ${policy.windowSeconds})
                                THEN now() ELSE "AuthThrottle"."windowStartsAt" END,
        "lockedUntil" = CASE
          WHEN (CASE WHEN "AuthThrottle"."windowStartsAt" < now() - make_interval(secs => ${policy.windowSeconds})
                     THEN 1 ELSE "AuthThrottle"."failures" + 1 END) >= ${max}
          THEN now() + make_interval(secs => ${policy.lockSeconds})
          ELSE "AuthThrottle"."lockedUntil" END`;
  }
}

/**
 * A success clears the pair's and the login's counts (not the address's: one success must not
 * unlock a NAT that many wrong guesses came through).
 */
export async function clearFailures(keys: ThrottleKey[]): Promise<void> {
  const cleared = keys.filter((k) => k.policy !== ADDRESS_POLICY).map((k) => k.key);
  await prisma.authThrottle.deleteMany({ where: { key: { in: cleared } } });
}

/** Waits out a login's slowdown (the same for a right and a wrong password: it tells nothing). */
export function sleepSeconds(seconds: number): Promise<void> {
  return seconds > 0 ? new Promise((resolve) => setTimeout(resolve, seconds * 1000)) : Promise.resolve();
}

export function formatWait(seconds: number): string {
  return countRu(Math.max(1, Math.ceil(seconds / 60)), ["минуту", "минуты", "минут"]);
}

/** Guessing invite codes or e-mail tokens: counted per address, like sign-in. */
export const GUESS_POLICY: ThrottlePolicy = { maxFailures: 20, windowSeconds: WINDOW, lockSeconds: WINDOW };

export function guessKeys(scope: "invite" | "reset" | "confirm", address: string | null): ThrottleKey[] {
  return [{ key: `${scope}:${address ?? "unknown"}`, policy: GUESS_POLICY }];
}
