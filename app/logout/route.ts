// Sign-out as a plain POST (no client JavaScript involved): ends the session on the server (its
// UserSession row, so that a copied cookie opens nothing any more), forgets the active child, then
// sends the browser to /login with the cookies already gone.
import { NextResponse, type NextRequest } from "next/server";
import { readSession } from "@/lib/auth/session-token";
import { endSession } from "@/lib/auth/sessions";
import { ACTIVE_CHILD_COOKIE, SECURE_SESSION_COOKIE, SESSION_COOKIE, secureCookies } from "@/lib/auth/cookies";

export async function POST(request: NextRequest) {
  const session = await readSession(request.headers);
  if (session) await endSession(session.uid, session.sid);
  const response = NextResponse.redirect(new URL("/login", request.url), 303);
  // A __Secure- cookie can only be removed by a Set-Cookie that is itself Secure.
  const secure = secureCookies();
  response.cookies.set(SESSION_COOKIE, "", { path: "/", maxAge: 0, secure });
  if (secure) response.cookies.set(SECURE_SESSION_COOKIE, "", { path: "/", maxAge: 0, secure: true });
  response.cookies.set(ACTIVE_CHILD_COOKIE, "", { path: "/", maxAge: 0, secure });
  return response;
}
