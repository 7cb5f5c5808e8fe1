import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user?: { id: string; role: Role; name?: string | null; email?: string | null; image?: string | null };
  }
  interface User {
    role?: Role;
    /** User.sessionVersion at sign-in (lib/session/auth-options.ts). */
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    /** The account's sessionVersion when the token was issued; a sign-out moves it on. */
    sv?: number;
  }
}
