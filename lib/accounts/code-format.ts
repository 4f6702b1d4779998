// The shape of an invite code, without crypto: shared by the browser form and the server.

/** Easy to type from paper: no look-alikes (no 0/O, no 1/I/L). */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 15; // 15 × log2(31) ≈ 74 bits

/** What the user typed → the canonical form: upper case, without spaces and dashes. */
export function normalizeInviteCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, "");
}

export function isWellFormedInviteCode(input: string): boolean {
  const code = normalizeInviteCode(input);
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}
