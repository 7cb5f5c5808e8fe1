import { NextResponse } from "next/server";
import { ROLES } from "@/lib/auth/roles";
import { requireRole } from "@/lib/session/current-user";
import type { Actor } from "@/lib/db";

type Result = { ok: true } | { ok: false; error: string; message?: string };

/** Signed in (any role) → the actor; otherwise the 401 response. */
export async function actor(): Promise<{ ok: true; actor: Actor } | { ok: false; response: NextResponse }> {
  const check = await requireRole(ROLES);
  return check.ok ? { ok: true, actor: { id: check.user.id, role: check.user.role } } : check;
}

/**
 * lib/db's result as HTTP: not-found → 404 (outsiders cannot tell a hidden session from a missing one),
 * locked → 409 (part of a submitted assignment), out-of-order → 409 with the flow's reason (a step the
 * interview does not allow from where it stands; nothing was written), invalid → 400.
 */
export function respond(result: Result, body: unknown = { ok: true }): NextResponse {
  if (result.ok) return NextResponse.json(body);
  if (result.error === "not-found") return NextResponse.json({ error: "Not found." }, { status: 404 });
  if (result.error === "locked")
    return NextResponse.json(
      { error: "This interview is part of an assignment you submitted, so it can no longer change." },
      { status: 409 },
    );
  if (result.error === "out-of-order")
    return NextResponse.json(
      { error: result.message ?? "This step is not allowed now.", outOfOrder: true },
      { status: 409 },
    );
  return NextResponse.json({ error: "That request is not valid." }, { status: 400 });
}
