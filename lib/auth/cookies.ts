/** The cookie that names whose diary a parent reads; the viewer checks it against their links. */
export const ACTIVE_CHILD_COOKIE = "active_child";

export const activeChildCookieOptions = {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: process.env.AUTH_URL?.startsWith("https://") === true,
  maxAge: 60 * 60 * 24 * 180,
} as const;
