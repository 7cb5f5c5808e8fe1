import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getSessionUser, retryWording, revokeSessions, verifyCredentials, type ThrottleScope } from "@/lib/db";
import { servedOverHttps } from "@/lib/http/https";
import { authRedirect } from "@/lib/http/safe-callback-path";
import { clientAddress } from "@/lib/auth/client-address";
import { isRole } from "@/lib/auth/roles";
import { ACCOUNT_DEACTIVATED, WRONG_CREDENTIALS } from "@/lib/auth/schemas";

/** What a refused sign-in tells the user, per limit (LIMITS in lib/db/rate-limit.ts). */
export function throttledMessage(scope: ThrottleScope, retryAfterSeconds: number): string {
  switch (scope) {
    case "email":
      return `Too many failed attempts for this email. Try again in ${retryWording(retryAfterSeconds)}.`;
    case "address":
      return `Too many failed sign-ins from your network. Try again in ${retryWording(retryAfterSeconds)}.`;
    case "global":
      return `Sign-in is busy right now. Try again in ${retryWording(retryAfterSeconds)}.`;
  }
}

/**
 * Thrown by the jwt callback for a token that no longer stands: next-auth then answers "no session" and clears the
 * cookie.
 */
const SESSION_ENDED = "session ended";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  // `Secure`, `__Secure-`-prefixed session cookies exactly when the public URL is https: the same rule as HSTS
  // (lib/http/https.ts).
  useSecureCookies: servedOverHttps(),
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const result = await verifyCredentials(
          { email: credentials?.email, password: credentials?.password },
          { address: clientAddress(req.headers ?? {}) },
        );
        if (result.ok) {
          return {
            id: result.user.id,
            email: result.user.email,
            name: result.user.name,
            role: result.user.role,
            sessionVersion: result.sessionVersion,
          };
        }
        if (result.reason === "throttled") throw new Error(throttledMessage(result.scope, result.retryAfterSeconds));
        if (result.reason === "deactivated") throw new Error(ACCOUNT_DEACTIVATED);
        throw new Error(WRONG_CREDENTIALS);
      },
    }),
  ],
  events: {
    // Signing out ends every token of the account issued so far, not only this browser's cookie.
    async signOut({ token }) {
      await revokeSessions(token.uid, token.sv);
    },
  },
  logger: {
    // An ended session is an expected outcome, not an error worth a stack trace per request.
    error(code, metadata) {
      const error = metadata instanceof Error ? metadata : metadata.error;
      if (code === "JWT_SESSION_ERROR" && error.message === SESSION_ENDED) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
  callbacks: {
    // Only paths on this site (lib/http/safe-callback-path.ts): next-auth's default trusts any url starting with "/".
    redirect({ url, baseUrl }) {
      return authRedirect(url, baseUrl);
    },
    /**
     * At sign-in: the account's id, role and session version go into the token.
     * On every later read (pages, route handlers, /api/auth/session): the
     * account is re-read, so a sign-out (which bumps the version), a
     * deactivation or a deleted account ends the token at once, copies
     * included, and a role change shows in the session straight away.
     */
    async jwt({ token, user }) {
      if (user) {
        if (!isRole(user.role) || typeof user.sessionVersion !== "number") throw new Error(SESSION_ENDED);
        token.role = user.role;
        token.uid = user.id;
        token.sv = user.sessionVersion;
        return token;
      }
      const current = await getSessionUser(token.uid, token.sv);
      if (!current) throw new Error(SESSION_ENDED);
      token.role = current.role;
      token.name = current.name;
      token.email = current.email;
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string" && isRole(token.role)) {
        session.user.id = token.uid;
        session.user.role = token.role;
      }
      return session;
    },
  },
};
