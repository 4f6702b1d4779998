// Invite codes and e-mail tokens (ACC-1, ACC-3, ACC-4): random from a cryptographic source,
// stored only as a SHA-256 hash, compared in constant time, single-use (enforced by callers).
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** Easy to type from paper: no look-alikes (no 0/O, no 1/I/L). */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const CODE_LENGTH = 15; // 15 × log2(31) ≈ 74 bits

/** «K7QX2-MB9RT-H4WNC» — typed from paper, so grouped and case-insensitive. */
export function generateInviteCode(): string {
  let raw = "";
  for (let i = 0; i < CODE_LENGTH; i++) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return raw.match(/.{5}/g)!.join("-");
}

/** What the user typed → the canonical form: upper case, without spaces and dashes. */
export function normalizeInviteCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, "");
}

export function isWellFormedInviteCode(input: string): boolean {
  const code = normalizeInviteCode(input);
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}

/** A link token for e-mail confirmation or password reset: 256 bits, URL-safe. */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
