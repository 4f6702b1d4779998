// ADM-5: a one-time password for a curator created by the CLI without --curator-password. It
// meets the ACC-2 policy; the curator must change it at the first sign-in.
import { randomInt } from "node:crypto";
import { checkPassword, type PasswordContext } from "@/lib/validations/password";

const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER = "abcdefghijkmnopqrstuvwxyz";
const DIGITS = "23456789";
const SIGNS = "!@#?";

export function oneTimePassword(ctx: PasswordContext = {}): string {
  for (;;) {
    const all = UPPER + LOWER + DIGITS;
    const chars = [UPPER, LOWER, DIGITS, SIGNS].map((set) => set[randomInt(set.length)]);
    while (chars.length < 12) chars.push(all[randomInt(all.length)]);
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    const password = chars.join("");
    if (checkPassword(password, ctx).length === 0) return password;
  }
}
