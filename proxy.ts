import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { SERVER_ACTION_BODY_BYTES } from "@/lib/http/body-limits";
import { contentSecurityPolicy, isStaticPage, STRICT_TRANSPORT_SECURITY } from "@/lib/http/csp";
import { servedOverHttps } from "@/lib/http/https";
import { env } from "@/lib/env";

// Early redirect for comfort only: every page, action and route handler checks
// the role itself through lib/session/current-user.ts.
const SIGNED_IN_ONLY = ["/dashboard", "/admin", "/authoring", "/review", "/interviews", "/assignments", "/teach"];
const signedInOnly = (pathname: string) =>
  SIGNED_IN_ONLY.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

/**
 * Every page's Content-Security-Policy (lib/http/csp.ts says which pages get a
 * nonce and why), and HSTS when NEXTAUTH_URL is https. Decided per request,
 * not in next.config.js, because a build may be shipped to a server with
 * another NEXTAUTH_URL. The headers every response carries, API included,
 * are in next.config.js.
 */
function secureHeaders(request: NextRequest): NextResponse {
  const https = servedOverHttps();
  const nonce = isStaticPage(request.nextUrl.pathname) ? null : Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy({ nonce, https, dev: env().NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's policy while rendering and puts it on its own scripts.
  if (nonce) requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

// Only the gate: next-auth's wrapper skips its own pages (/sign-in) entirely, so it cannot also carry the headers.
const requireSignIn = withAuth({ pages: { signIn: "/sign-in" } });

export default async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  if (
    request.method === "POST" &&
    request.headers.has("next-action") &&
    Number(request.headers.get("content-length") ?? 0) > SERVER_ACTION_BODY_BYTES
  ) {
    return NextResponse.json(
      { error: `The form sent more than this page accepts (at most ${SERVER_ACTION_BODY_BYTES / 1024} KB).` },
      { status: 413 },
    );
  }
  if (signedInOnly(request.nextUrl.pathname)) {
    const toSignIn = await requireSignIn(request as NextRequestWithAuth, event);
    if (toSignIn) return toSignIn;
  }
  return secureHeaders(request);
}

export const config = {
  // Pages only: API routes and build assets need no page policy, and a proxy in front of an API route would see its
  // body.
  matcher: ["/((?!api/|_next/static/|_next/image/|favicon.ico).*)"],
};
