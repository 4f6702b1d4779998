// Reads the Auth.js session cookie (a JWE signed with AUTH_SECRET) without Auth.js's `auth()`
// wrapper. That wrapper re-encrypts and re-issues the cookie on every call, which costs more than
// the page it guards and — in the proxy — could bring a session back after sign-out (a late
// prefetch). The proxy and the viewer both read the session through this one function.
import { getToken } from "next-auth/jwt";
import type { Role } from "@/lib/access/matrix";

export type SessionClaims = { uid: string; sv: number; roles: Role[] };

const SECURE_NAME = "__Secure-authjs.session-token";

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
  // Behind HTTPS Auth.js names the cookie with the __Secure- prefix, which browsers accept only
  // from secure origins; whichever name is present is the session cookie of this deployment.
  const cookieHeader = headers.get("cookie");
  const secureCookie = cookieHeader?.includes(`${SECURE_NAME}=`) ?? false;
  const raw = rawToken(cookieHeader, secureCookie ? SECURE_NAME : "authjs.session-token");
  const now = Date.now() / 1000;
  const known = raw ? remembered.get(raw) : undefined;
  if (known && known.exp > now) return known.claims;

  const token = await getToken({ req: { headers }, secret: process.env.AUTH_SECRET, secureCookie }).catch(() => null);
  if (!token || typeof token.uid !== "string" || typeof token.sv !== "number") return null;
  const claims: SessionClaims = { uid: token.uid, sv: token.sv, roles: Array.isArray(token.roles) ? (token.roles as Role[]) : [] };
  if (raw && typeof token.exp === "number") {
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(raw, { claims, exp: token.exp });
  }
  return claims;
}
