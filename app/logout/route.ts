// Sign-out as a plain POST (no client JavaScript involved): ends the session and forgets the
// active child, then sends the browser to /login with the cookies already gone.
import { NextResponse, type NextRequest } from "next/server";
import { signOut } from "@/lib/auth";
import { ACTIVE_CHILD_COOKIE } from "@/lib/auth/cookies";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export async function POST(request: NextRequest) {
  await signOut({ redirect: false });
  const response = NextResponse.redirect(new URL("/login", request.url), 303);
  for (const name of [...SESSION_COOKIES, ACTIVE_CHILD_COOKIE]) response.cookies.delete(name);
  return response;
}
