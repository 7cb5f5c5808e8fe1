import { NextResponse } from "next/server";
import { signUp } from "@/lib/db";
import { BODY_LIMITS } from "@/lib/http/body-limits";
import { readJsonRequest } from "@/lib/http/json-request";

/** Sign-up (optionally accepting an invitation token). 201 with the new account and the invitation's outcome, or 400 with field errors and nothing written. */
export async function POST(request: Request) {
  const body = await readJsonRequest(request, BODY_LIMITS.account);
  if (!body.ok) return body.response;
  const result = await signUp(body.body);
  if (!result.ok) {
    return NextResponse.json({ fieldErrors: result.fieldErrors }, { status: 400 });
  }
  return NextResponse.json({ user: { id: result.user.id, email: result.user.email, name: result.user.name }, invitation: result.invitation ?? null }, { status: 201 });
}
