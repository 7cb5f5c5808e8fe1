import { NextResponse } from "next/server";
import { signUp } from "@/lib/db";

/** Sign-up. 201 with the new account, or 400 with field errors and nothing written. */
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
  return NextResponse.json({ user: { id: result.user.id, email: result.user.email, name: result.user.name } }, { status: 201 });
}
