import { NextResponse } from "next/server";
import { navigationFor } from "@/lib/auth/navigation";
import { getCurrentUser } from "@/lib/session/current-user";

/**
 * The header's menu for whoever asks: `{ signedIn: false }` for a visitor, the
 * role's entries for a member. The header is the same static HTML for everyone
 * and asks here once per page load, so neither next-auth's client nor the
 * access table travels in every page's JavaScript. Pages check the role again.
 */
export async function GET() {
  const user = await getCurrentUser();
  const body = user
    ? { signedIn: true, entries: navigationFor(user.role).map(({ href, label }) => ({ href, label })) }
    : { signedIn: false };
  return NextResponse.json(body, { headers: { "cache-control": "private, no-store" } });
}
