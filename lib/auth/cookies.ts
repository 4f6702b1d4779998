// The app's cookies and their security flags. Behind HTTPS (servedOverHttps(): the configured
// public origin is https://) every cookie is Secure, and Auth.js names its session cookie with
// the `__Secure-` prefix, which browsers accept only from secure origins. The reader of the
// session (lib/auth/session-token.ts) and sign-out (app/logout/route.ts) use the same name.
import { servedOverHttps } from "@/lib/http/origin";

/** The cookie that names whose diary a parent reads; the viewer checks it against their links. */
export const ACTIVE_CHILD_COOKIE = "active_child";

export const SESSION_COOKIE = "authjs.session-token";
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

/** Whether cookies get the Secure flag (and the session cookie its prefix). */
export function secureCookies(https: boolean = servedOverHttps()): boolean {
  return https;
}

/** The session cookie's name in this deployment. */
export function sessionCookieName(https: boolean = servedOverHttps()): string {
  return secureCookies(https) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

export function activeChildCookieOptionsFor(https: boolean) {
  return { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(https), maxAge: 60 * 60 * 24 * 180 } as const;
}

/** The environment does not change while the server runs: computed once. */
export const activeChildCookieOptions = activeChildCookieOptionsFor(servedOverHttps());
