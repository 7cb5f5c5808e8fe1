import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/db";
import { isRole } from "./roles";

/** What a failed sign-in tells the user: never which of the two was wrong. */
export const WRONG_CREDENTIALS = "The email or password is wrong.";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        const result = await verifyCredentials({ email: credentials?.email, password: credentials?.password });
        if (result.ok) {
          return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role };
        }
        if (result.reason === "throttled") {
          throw new Error(`Too many failed attempts for this email. Try again in ${result.retryAfterSeconds} seconds.`);
        }
        throw new Error(WRONG_CREDENTIALS);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user && "role" in user && isRole(user.role)) {
        token.role = user.role;
        token.uid = user.id;
      }
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
