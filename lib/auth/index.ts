// Auth.js v5: sign-in by login and password (ACC-11). The JWT carries the user's session version
// (a password change ends every session at once) and the id of its UserSession row (sign-out and
// «Завершить другие сеансы» end one or the others); the viewer's query checks both.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { clearFailures, loginKeys, recordFailure, sleepSeconds, throttleState } from "@/lib/auth/throttle";
import { clientAddress } from "@/lib/auth/client-address";
import { secureCookies } from "@/lib/auth/cookies";
import { SESSION_MAX_AGE_SECONDS, startSession } from "@/lib/auth/sessions";
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

/** The trusted client address of a request (TRUST_PROXY; lib/auth/client-address.ts). */
export { clientAddress };

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // Secure cookies (and the __Secure- name) exactly when the configured origin is https://, not
  // when a request claims so: the session reader looks for that one name (lib/auth/cookies.ts).
  useSecureCookies: secureCookies(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
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
        const state = await throttleState(keys);
        if (state.lockedFor > 0) throw new LockedOut(state.lockedFor);
        // Many failures of this login from anywhere slow every attempt down but lock no one out.
        await sleepSeconds(state.delaySeconds);

        const user = await prisma.user.findUnique({
          where: { login: login.toLowerCase() },
          select: { id: true, passwordHash: true, sessionVersion: true, roles: { select: { role: true } } },
        });
        // verifyPassword runs against a dummy hash for unknown logins: equal timing.
        const ok = await verifyPassword(user?.passwordHash, password);
        if (!user || !ok) {
          await recordFailure(keys);
          const lockedNow = (await throttleState(keys)).lockedFor;
          if (lockedNow > 0) throw new LockedOut(lockedNow);
          throw new InvalidCredentials();
        }
        await clearFailures(keys);
        const sid = await startSession(user.id, request.headers.get("user-agent"));
        return { id: user.id, sv: user.sessionVersion, sid, roles: user.roles.map((r) => r.role) };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sv: number }).sv;
        token.sid = (user as { sid: string }).sid;
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
