// Invite codes and link tokens (ACC-1, ACC-3, ACC-4): enough entropy, no look-alikes, hashed,
// compared in constant time.
import { describe, expect, it } from "vitest";
import {
  CODE_ALPHABET,
  generateInviteCode,
  generateToken,
  hashSecret,
  isWellFormedInviteCode,
  normalizeInviteCode,
  secretMatches,
} from "@/lib/accounts/secrets";

describe("invite codes and tokens", () => {
  it("makes codes of at least 64 bits from an alphabet without look-alikes", () => {
    expect(15 * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(64);
    for (const c of "01OIL") expect(CODE_ALPHABET).not.toContain(c);
    const codes = new Set(Array.from({ length: 200 }, generateInviteCode));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}$/);
      expect(isWellFormedInviteCode(code)).toBe(true);
    }
  });

  it("accepts a code typed in lower case, with spaces, and refuses a malformed one", () => {
    const code = generateInviteCode();
    expect(normalizeInviteCode(` ${code.toLowerCase().replace(/-/g, " ")} `)).toBe(code.replace(/-/g, ""));
    expect(isWellFormedInviteCode("ABCDE-FGHJK-MNPQ0")).toBe(false);
    expect(isWellFormedInviteCode("ABCDE-FGHJK")).toBe(false);
  });

  it("makes 256-bit URL-safe tokens and keeps only their hash", () => {
    const token = generateToken();
    expect(Buffer.from(token, "base64url").length).toBe(32);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    const stored = hashSecret(token);
    expect(stored).not.toContain(token);
    expect(secretMatches(token, stored)).toBe(true);
    expect(secretMatches(generateToken(), stored)).toBe(false);
    expect(secretMatches(token, "abc")).toBe(false);
  });
});
