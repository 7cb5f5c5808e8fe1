/**
 * The site's own origin: NEXTAUTH_URL's when it is set (the public URL behind
 * a proxy), otherwise the origin the request was addressed to.
 */
export function siteOrigin(request: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed NEXTAUTH_URL is refused at start-up; fall back to the request's own origin.
    }
  }
  return new URL(request.url).origin;
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
