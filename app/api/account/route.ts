import { NextResponse } from "next/server";
import { signUp } from "@/lib/db";

/** Sign-up (optionally accepting an invitation token). 201 with the new account and the invitation's outcome, or 400 with field errors and nothing written. */
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ fieldErrors: { form: "Send the form as JSON." } }, { status: 400 });
  }
  const result = await signUp(body);
  if (!result.ok) {
    return NextResponse.json({ fieldErrors: result.fieldErrors }, { status: 400 });
  }
  return NextResponse.json({ user: { id: result.user.id, email: result.user.email, name: result.user.name }, invitation: result.invitation ?? null }, { status: 201 });
}
