import { createHash } from "node:crypto";
import { THEME_SCRIPT } from "@/lib/theme-script";

/**
 * The Content-Security-Policy and its companions, built per request by proxy.ts.
 *
 * Two policies, because a nonce only works on pages rendered per request
 * (Next reads it from the request's CSP header while rendering) and the
 * lessons (/learn/[slug]) are generated once at build time to load fast:
 *
 * - Pages rendered per request, which show what users wrote (notes, feedback,
 *   names), get a strict policy: scripts only with this request's nonce or by
 *   hash (the theme script), and what those load ('strict-dynamic').
 * - Lesson pages keep `'unsafe-inline'` for scripts, since their inline
 *   scripts (Next's flight data) are baked at build time with no nonce.
 *   They render only repository content, never user input, so there is
 *   nothing on them to inject into; every other directive is as strict.
 *
 * Both keep `style-src 'unsafe-inline'`: React writes `style` attributes (the
 * lab's node positions, chart sizes) and next/font inlines a <style>, and a
 * nonce cannot cover attributes. Injected CSS cannot run script.
 */
const themeHash = `'sha256-${createHash("sha256").update(THEME_SCRIPT).digest("base64")}'`;

/** Pages generated at build time; everything else is rendered per request. */
export function isStaticPage(pathname: string): boolean {
  return /^\/learn\/[a-z0-9-]+$/.test(pathname);
}

export interface CspOptions {
  readonly nonce: string | null;
  readonly https: boolean;
  readonly dev: boolean;
}

export function contentSecurityPolicy({ nonce, https, dev }: CspOptions): string {
  // React's development build rebuilds server error stacks with eval; production never evals.
  const evalInDev = dev ? " 'unsafe-eval'" : "";
  const scripts = nonce
    ? `'self' 'nonce-${nonce}' ${themeHash} 'strict-dynamic'${evalInDev}`
    : `'self' 'unsafe-inline'${evalInDev}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    // The lab's sweeps and anomaly checks run in Web Workers loaded from /_next/static.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Sent on pages only when served over HTTPS: two years, subdomains included. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
