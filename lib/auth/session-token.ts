// Reads the Auth.js session cookie (a JWE signed with AUTH_SECRET) without Auth.js's `auth()`
// wrapper. That wrapper re-encrypts and re-issues the cookie on every call, which costs more than
// the page it guards and — in the proxy — could bring a session back after sign-out (a late
// prefetch). The proxy and the viewer both read the session through this one function.
import { getToken } from "next-auth/jwt";
import type { Role } from "@/lib/access/matrix";
import { secureCookies, sessionCookieName } from "@/lib/auth/cookies";

/** uid: the user; sv: their session version; sid: the UserSession row (docs/adr/0007). */
export type SessionClaims = { uid: string; sv: number; sid: string; roles: Role[] };

// Decrypting the token (HKDF + AES through WebCrypto) costs ~1.5 ms of CPU, twice per request
// (proxy and page). Tokens that decrypted are remembered by their exact text until they expire:
// only a token signed with AUTH_SECRET can enter, and the database still checks the session
// version on every request (lib/auth/load-viewer.ts). Shared through globalThis because the
// proxy and the pages are separate bundles in one process.
const MAX_REMEMBERED = 2000;
const g = globalThis as unknown as { __sessionTokens?: Map<string, { claims: SessionClaims; exp: number }> };
const remembered = (g.__sessionTokens ??= new Map());

function rawToken(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  // Large sessions are split into name.0, name.1, …: leave those to Auth.js's reader.
  if (cookieHeader.includes(`${name}.0=`)) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

export async function readSession(headers: Headers): Promise<SessionClaims | null> {
  // Only the cookie name this deployment issues (lib/auth/cookies.ts): behind HTTPS a plain-named
  // cookie, which anyone on a sibling host or plain HTTP could plant, is not a session.
  const secureCookie = secureCookies();
  const raw = rawToken(headers.get("cookie"), sessionCookieName(secureCookie));
  const now = Date.now() / 1000;
  const known = raw ? remembered.get(raw) : undefined;
  if (known && known.exp > now) return known.claims;

  const token = await getToken({ req: { headers }, secret: process.env.AUTH_SECRET, secureCookie }).catch(() => null);
  if (!token || typeof token.uid !== "string" || typeof token.sv !== "number" || typeof token.sid !== "string") return null;
  const claims: SessionClaims = {
    uid: token.uid,
    sv: token.sv,
    sid: token.sid,
    roles: Array.isArray(token.roles) ? (token.roles as Role[]) : [],
  };
  if (raw && typeof token.exp === "number") {
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(raw, { claims, exp: token.exp });
  }
  return claims;
}
