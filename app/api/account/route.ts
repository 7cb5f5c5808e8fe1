import { NextResponse } from "next/server";
import { clientAddress } from "@/lib/auth/client-address";
import { DUPLICATE_EMAIL, signUp } from "@/lib/db";
import { BODY_LIMITS } from "@/lib/http/body-limits";
import { readJsonRequest } from "@/lib/http/json-request";

/**
 * Sign-up (optionally accepting an invitation token). 201 `{ accepted: true }`
 * both when the account was created and when the email already had one
 * (nothing is written then): the answer must not say which emails have
 * accounts. The form then signs in with the chosen password; see signUp in
 * lib/db/users.ts for what that step still reveals and why it is bounded.
 * One more difference, kept because the new account must land on its
 * assignment: `assignmentId` when the sign-up accepted an invitation, which
 * only the holder of a valid, unused invitation link can see, once per link.
 * 400 with field errors, 429 when the address has created too many accounts.
 */
export async function POST(request: Request) {
  const body = await readJsonRequest(request, BODY_LIMITS.account);
  if (!body.ok) return body.response;
  const result = await signUp(body.body, { address: clientAddress(request.headers) });
  if (result.ok)
    return NextResponse.json(
      { accepted: true, ...(result.invitation?.ok ? { assignmentId: result.invitation.assignmentId } : {}) },
      { status: 201 },
    );
  if (result.fieldErrors.email === DUPLICATE_EMAIL) return NextResponse.json({ accepted: true }, { status: 201 });
  if (result.retryAfterSeconds !== undefined) {
    return NextResponse.json(
      { fieldErrors: result.fieldErrors },
      { status: 429, headers: { "retry-after": String(result.retryAfterSeconds) } },
    );
  }
  return NextResponse.json({ fieldErrors: result.fieldErrors }, { status: 400 });
}
