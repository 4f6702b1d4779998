// Auth.js v5: sign-in by login and password (ACC-11), JWT sessions that carry the user's
// session version, so that a password change ends every other session (the viewer compares).
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { clearFailures, loginKeys, lockedFor, recordFailure } from "@/lib/auth/throttle";
import { loginSchema } from "@/lib/validations/auth";
import type { Role } from "@/lib/access/matrix";

/** The reason codes a failed sign-in reports; neither tells whether the login exists. */
export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
export class LockedOut extends CredentialsSignin {
  code = "locked";
  constructor(public retryAfterSeconds: number) {
    super();
  }
}

export function clientAddress(headers: Headers): string | null {
  // The last hop is the one our own server (or the operator's reverse proxy) appended.
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) return forwarded.split(",").at(-1)!.trim() || null;
  return headers.get("x-real-ip");
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  logger: {
    // A wrong password is routine, not a server error; everything else is still logged.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { login: {}, password: {} },
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const { login, password } = parsed.data;
        const keys = loginKeys(login, clientAddress(request.headers));
        const wait = await lockedFor(keys);
        if (wait > 0) throw new LockedOut(wait);

        const user = await prisma.user.findUnique({
          where: { login: login.toLowerCase() },
          select: { id: true, passwordHash: true, sessionVersion: true, roles: { select: { role: true } } },
        });
        // verifyPassword runs against a dummy hash for unknown logins: equal timing.
        const ok = await verifyPassword(user?.passwordHash, password);
        if (!user || !ok) {
          await recordFailure(keys);
          const lockedNow = await lockedFor(keys);
          if (lockedNow > 0) throw new LockedOut(lockedNow);
          throw new InvalidCredentials();
        }
        await clearFailures(keys[0].key);
        return { id: user.id, sv: user.sessionVersion, roles: user.roles.map((r) => r.role) };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sv: number }).sv;
        token.roles = (user as { roles: Role[] }).roles;
      }
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid as string;
      session.sv = token.sv as number;
      session.roles = (token.roles as Role[]) ?? [];
      return session;
    },
  },
});

declare module "next-auth" {
  interface Session {
    uid: string;
    sv: number;
    roles: Role[];
  }
}
