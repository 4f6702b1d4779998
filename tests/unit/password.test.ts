import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("hashes with argon2id and a fresh salt each time", async () => {
    const a = await hashPassword("Diary#2026");
    const b = await hashPassword("Diary#2026");
    expect(a).toMatch(/^\$argon2id\$/);
    expect(a).not.toBe(b);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("Diary#2026");
    expect(await verifyPassword(hash, "Diary#2026")).toBe(true);
    expect(await verifyPassword(hash, "diary#2026")).toBe(false);
  });

  it("refuses when there is no hash (unknown login or not registered) without throwing", async () => {
    expect(await verifyPassword(null, "Diary#2026")).toBe(false);
    expect(await verifyPassword("not-a-hash", "Diary#2026")).toBe(false);
  });
});
