// The per-request layer (Next 16's proxy, Node runtime): sends anonymous users to /login, keeps
// each role out of areas not theirs, and turns a `?child=` link into the active-child cookie.
// It only routes: every page and action checks again on the server (lib/auth/viewer).
// It reads the session token without Auth.js's `auth()` wrapper (lib/auth/session-token.ts):
// responses never set the session cookie.
import { NextResponse, type NextRequest } from "next/server";
import { readSession } from "@/lib/auth/session-token";
import { areaForPath, canEnterArea, homePathFor } from "@/lib/access/matrix";
import { ACTIVE_CHILD_COOKIE, activeChildCookieOptions } from "@/lib/auth/cookies";

export default async function proxy(req: NextRequest) {
  const { pathname, search, searchParams } = req.nextUrl;
  const area = areaForPath(pathname);
  if (area === "public") return NextResponse.next();

  const session = await readSession(req.headers);
  if (!session) {
    if (pathname.startsWith("/api/")) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
    const login = new URL("/login", req.url);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  const roles = session.roles;
  if (area === "root") return NextResponse.redirect(new URL(homePathFor(roles), req.url));
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
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|icons/).*)"],
};
