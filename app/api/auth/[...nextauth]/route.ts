import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/session/auth-options";
import { BODY_LIMITS } from "@/lib/http/body-limits";
import { boundedFormRequest } from "@/lib/http/form-request";

const handler = NextAuth(authOptions) as (
  request: NextRequest,
  context: { params: Promise<{ nextauth: string[] }> },
) => Promise<Response>;

export { handler as GET };

/** next-auth reads its form posts whole; it only ever sees a body that is bounded and from our own pages. */
export async function POST(
  request: NextRequest,
  context: { params: Promise<{ nextauth: string[] }> },
): Promise<Response> {
  const bounded = await boundedFormRequest(request, BODY_LIMITS.auth);
  if (!bounded.ok) return bounded.response;
  return handler(bounded.request, context);
}
