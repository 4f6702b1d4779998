// ACC-11 on the real PostgreSQL: failures are counted in the database and lock a login.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { clearFailures, lockedFor, loginKeys, recordFailure, LOGIN_POLICY } from "@/lib/auth/throttle";

describe("sign-in throttle", () => {
  it("locks a login after the allowed number of failures, for the lock period", async () => {
    const keys = loginKeys(`victim-${Date.now()}`, null);
    for (let i = 0; i < LOGIN_POLICY.maxFailures - 1; i++) await recordFailure(keys);
    expect(await lockedFor(keys)).toBe(0);
    await recordFailure(keys);
    const wait = await lockedFor(keys);
    expect(wait).toBeGreaterThan(LOGIN_POLICY.lockSeconds - 5);
    expect(wait).toBeLessThanOrEqual(LOGIN_POLICY.lockSeconds);
  });

  it("treats logins case-insensitively and addresses separately", async () => {
    const name = `Case-${Date.now()}`;
    const upper = loginKeys(name.toUpperCase(), "10.0.0.1");
    const lower = loginKeys(name.toLowerCase(), "10.0.0.2");
    expect(upper[0].key).toBe(lower[0].key);
    expect(upper[1].key).not.toBe(lower[1].key);
  });

  it("counts concurrent failures exactly (one atomic statement per key)", async () => {
    const keys = loginKeys(`race-${Date.now()}`, null);
    await Promise.all(Array.from({ length: 4 }, () => recordFailure(keys)));
    const row = await prisma.authThrottle.findUniqueOrThrow({ where: { key: keys[0].key } });
    expect(row.failures).toBe(4);
    expect(row.lockedUntil).toBeNull();
  });

  it("starts a new window when the old one is over", async () => {
    const keys = loginKeys(`window-${Date.now()}`, null);
    await recordFailure(keys);
    await recordFailure(keys);
    await prisma.authThrottle.update({
      where: { key: keys[0].key },
      data: { windowStartsAt: new Date(Date.now() - (LOGIN_POLICY.windowSeconds + 60) * 1000) },
    });
    await recordFailure(keys);
    const row = await prisma.authThrottle.findUniqueOrThrow({ where: { key: keys[0].key } });
    expect(row.failures).toBe(1);
  });

  it("clears a login's count on success", async () => {
    const keys = loginKeys(`clear-${Date.now()}`, null);
    await recordFailure(keys);
    await clearFailures(keys[0].key);
    expect(await prisma.authThrottle.findUnique({ where: { key: keys[0].key } })).toBeNull();
  });
});
