import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { NextResponse } from "next/server";
import { getUserById, type UserDto } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";
import { authOptions } from "./auth-options";

/**
 * The signed-in user, re-read from the database so that a role change or a
 * deactivation takes effect at once rather than when the JWT expires.
 */
export async function getCurrentUser(): Promise<UserDto | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  return getUserById(id);
}

export type RoleCheck = { ok: true; user: UserDto } | { ok: false; response: NextResponse };

/**
 * Guard for server actions and route handlers. Signed out → 401; signed in
 * without one of `roles` → 404, so that ids behind the route cannot be probed.
 */
export async function requireRole(roles: readonly Role[]): Promise<RoleCheck> {
  const user = await getCurrentUser();
  if (!user) {
    return { ok: false, response: NextResponse.json({ error: "Sign in to continue." }, { status: 401 }) };
  }
  if (!roles.includes(user.role)) {
    return { ok: false, response: NextResponse.json({ error: "Not found." }, { status: 404 }) };
  }
  return { ok: true, user };
}

/**
 * Guard for pages: sends signed-out visitors to sign-in; the wrong roles get
 * the 404 page, like every refusal in README's access rules, so a page's
 * existence behind a role cannot be told from a missing one.
 */
export async function requirePageRole(roles: readonly Role[], from: string): Promise<UserDto> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(from)}`);
  if (!roles.includes(user.role)) notFound();
  return user;
}
