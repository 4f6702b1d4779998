// ACC-11 on the real PostgreSQL: failures are counted in the database; the login and address
// together lock, the address alone locks at a higher limit, the login alone only slows down.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import {
  ADDRESS_POLICY,
  PAIR_POLICY,
  SLOWDOWN,
  clearFailures,
  loginKeys,
  recordFailure,
  slowdownSeconds,
  throttleState,
} from "@/lib/auth/throttle";

const unique = (p: string) => `${p}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

describe("sign-in throttle", () => {
  it("ACC-11: five failures lock the login at that address, for the lock period", async () => {
    const keys = loginKeys(unique("victim"), "10.1.0.1");
    for (let i = 0; i < PAIR_POLICY.maxFailures! - 1; i++) await recordFailure(keys);
    expect((await throttleState(keys)).lockedFor).toBe(0);
    await recordFailure(keys);
    const { lockedFor } = await throttleState(keys);
    expect(lockedFor).toBeGreaterThan(PAIR_POLICY.lockSeconds - 5);
    expect(lockedFor).toBeLessThanOrEqual(PAIR_POLICY.lockSeconds);
  });

  it("ACC-11: a stranger's failures never lock the owner at another address, they only slow the login down", async () => {
    const login = unique("owner");
    const stranger = loginKeys(login, "203.0.113.7");
    for (let i = 0; i < PAIR_POLICY.maxFailures! + 3; i++) await recordFailure(stranger);
    expect((await throttleState(stranger)).lockedFor).toBeGreaterThan(0);

    const owner = loginKeys(login, "198.51.100.20");
    const state = await throttleState(owner);
    expect(state.lockedFor).toBe(0);
    expect(state.delaySeconds).toBe(slowdownSeconds(PAIR_POLICY.maxFailures! + 3));
    expect(state.delaySeconds).toBeGreaterThan(0);
    expect(state.delaySeconds).toBeLessThanOrEqual(SLOWDOWN.maxDelaySeconds);

    // The owner's success clears the slowdown; the stranger's pair stays locked.
    await clearFailures(owner);
    expect(await throttleState(owner)).toEqual({ lockedFor: 0, delaySeconds: 0 });
    expect((await throttleState(stranger)).lockedFor).toBeGreaterThan(0);
  });

  it("ACC-11: many logins tried from one address lock the address at the higher limit", async () => {
    const address = `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < ADDRESS_POLICY.maxFailures! - 1; i++) await recordFailure(loginKeys(unique(`spray${i}`), address));
    expect((await throttleState(loginKeys(unique("next"), address))).lockedFor).toBe(0);
    await recordFailure(loginKeys(unique("last"), address));
    expect((await throttleState(loginKeys(unique("any"), address))).lockedFor).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await throttleState(loginKeys(unique("any"), "10.3.0.1"))).lockedFor).toBe(0);
  });

  it("treats logins case-insensitively and addresses separately", async () => {
    const name = unique("Case");
    const upper = loginKeys(name.toUpperCase(), "10.0.0.1");
    const lower = loginKeys(name.toLowerCase(), "10.0.0.2");
    expect(upper[1].key).toBe(lower[1].key); // the login alone
    expect(upper[0].key).not.toBe(lower[0].key); // login and address
    expect(upper[2].key).not.toBe(lower[2].key); // the address
  });

  it("counts concurrent failures exactly (one atomic statement per key)", async () => {
    const keys = loginKeys(unique("race"), "10.4.0.1");
    await Promise.all(Array.from({ length: 4 }, () => recordFailure(keys)));
    for (const { key } of keys) {
      const row = await prisma.authThrottle.findUniqueOrThrow({ where: { key } });
      expect(row.failures).toBe(4);
      expect(row.lockedUntil).toBeNull();
    }
  });

  it("never locks the login alone, however many failures", async () => {
    const login = unique("many");
    for (let i = 0; i < 12; i++) await recordFailure(loginKeys(login, `10.5.0.${i}`));
    const row = await prisma.authThrottle.findUniqueOrThrow({ where: { key: loginKeys(login, null)[1].key } });
    expect(row.failures).toBe(12);
    expect(row.lockedUntil).toBeNull();
    expect((await throttleState(loginKeys(login, "10.5.1.1"))).delaySeconds).toBe(SLOWDOWN.maxDelaySeconds);
  });

  it("starts a new window when the old one is over", async () => {
    const keys = loginKeys(unique("window"), "10.6.0.1");
    await recordFailure(keys);
    await recordFailure(keys);
    await prisma.authThrottle.update({
      where: { key: keys[0].key },
      data: { windowStartsAt: new Date(Date.now() - (PAIR_POLICY.windowSeconds + 60) * 1000) },
    });
    await recordFailure(keys);
    const row = await prisma.authThrottle.findUniqueOrThrow({ where: { key: keys[0].key } });
    expect(row.failures).toBe(1);
  });

  it("clears the pair's and the login's counts on success, not the address's", async () => {
    const keys = loginKeys(unique("clear"), "10.7.0.1");
    await recordFailure(keys);
    await clearFailures(keys);
    expect(await prisma.authThrottle.findUnique({ where: { key: keys[0].key } })).toBeNull();
    expect(await prisma.authThrottle.findUnique({ where: { key: keys[1].key } })).toBeNull();
    expect(await prisma.authThrottle.findUnique({ where: { key: keys[2].key } })).not.toBeNull();
  });
});
