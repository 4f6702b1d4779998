// Invite codes and e-mail tokens (ACC-1, ACC-3, ACC-4): random from a cryptographic source,
// stored only as a SHA-256 hash, compared in constant time, single-use (enforced by callers).
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { CODE_ALPHABET, CODE_LENGTH } from "@/lib/accounts/code-format";

export { CODE_ALPHABET, isWellFormedInviteCode, normalizeInviteCode } from "@/lib/accounts/code-format";

/** «K7QX2-MB9RT-H4WNC» — typed from paper, so grouped and case-insensitive. */
export function generateInviteCode(): string {
  let raw = "";
  for (let i = 0; i < CODE_LENGTH; i++) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return raw.match(/.{5}/g)!.join("-");
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
