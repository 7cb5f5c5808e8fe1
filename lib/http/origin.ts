import { env } from "@/lib/env";

/**
 * The site's own origin: NEXTAUTH_URL's when it is set (the public URL behind
 * a proxy), otherwise the origin the request was addressed to.
 */
export function siteOrigin(request: Request): string {
  const configured = env().NEXTAUTH_URL; // a valid http(s) URL: lib/env refuses anything else
  return new URL(configured ?? request.url).origin;
}

/**
 * Whether a state-changing request comes from one of the site's own pages.
 * Browsers send Origin with every POST, PUT and DELETE (fetch and forms
 * alike), so a missing Origin means a client that is not one of our pages.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  return origin !== null && origin === siteOrigin(request);
}
