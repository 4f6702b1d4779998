// The per-request layer (Next 16's proxy, Node runtime): sends anonymous users to /login, keeps
// each role out of areas not theirs, and turns a `?child=` link into the active-child cookie.
// It only routes: every page and action checks again on the server (lib/auth/viewer).
// It reads the session token without Auth.js's `auth()` wrapper (lib/auth/session-token.ts):
// responses never set the session cookie.
import { NextResponse, type NextRequest } from "next/server";
import { readSession } from "@/lib/auth/session-token";
import { areaForPath, canEnterArea } from "@/lib/access/matrix";
import { ACTIVE_CHILD_COOKIE, activeChildCookieOptions } from "@/lib/auth/cookies";
import { applySecurityHeaders, contentSecurityPolicy, newNonce } from "@/lib/http/security-headers";
import { dbAvailable, serviceUnavailableResponse } from "@/lib/db-health";

export default async function proxy(req: NextRequest) {
  return secured(req, routeRequest);
}

/**
 * Every answer carries the security headers (ADR 0008). The CSP's nonce travels to the render as
 * a request header: Next reads it from there and puts it on its own scripts.
 */
async function secured(req: NextRequest, route: (req: NextRequest, pass: () => NextResponse) => Promise<Response>) {
  const csp = contentSecurityPolicy(newNonce());
  const unavailable = await whileDbDown(req);
  if (unavailable) {
    applySecurityHeaders(unavailable.headers, csp);
    return unavailable;
  }
  const pass = () => {
    const headers = new Headers(req.headers);
    headers.set("Content-Security-Policy", csp);
    return NextResponse.next({ request: { headers } });
  };
  const response = await route(req, pass);
  applySecurityHeaders(response.headers, csp);
  return response;
}

/** While the database is unreachable, pages, actions and APIs get a 503 at once (lib/db-health.ts). */
async function whileDbDown(req: NextRequest): Promise<Response | null> {
  if (await dbAvailable()) return null;
  const kind = req.headers.has("next-action") ? "action" : req.nextUrl.pathname.startsWith("/api/") ? "api" : "page";
  return serviceUnavailableResponse(kind);
}

async function routeRequest(req: NextRequest, pass: () => NextResponse): Promise<NextResponse> {
  const { pathname, search, searchParams } = req.nextUrl;
  const area = areaForPath(pathname);
  if (area === "public") return pass();

  const session = await readSession(req.headers);
  if (!session) {
    if (pathname.startsWith("/api/")) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
    const login = new URL("/login", req.url);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  const roles = session.roles;
  // "/" renders app/page.tsx, which reads the viewer's chosen start page (ACC-8): the proxy has
  // no database read to know it.
  if (area === "root") return pass();
  if (!canEnterArea(roles, area)) {
    // The same answer as for a page that does not exist.
    return NextResponse.rewrite(new URL("/_not-found", req.url), { status: 404 });
  }

  // A link may name the child whose diary to open; the viewer accepts it only if it is theirs.
  const child = searchParams.get("child");
  if (area === "diary" && child) {
    const clean = req.nextUrl.clone();
    clean.searchParams.delete("child");
    const response = NextResponse.redirect(clean);
    response.cookies.set(ACTIVE_CHILD_COOKIE, child.slice(0, 64), activeChildCookieOptions);
    return response;
  }
  return pass();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|icons/).*)"],
};
