import { env } from "@/lib/env";

/**
 * Whether the site is served over HTTPS, as NEXTAUTH_URL (its public URL)
 * says. One rule for everything that depends on it: HSTS and
 * upgrade-insecure-requests (proxy.ts) and `Secure` session cookies
 * (lib/session/auth-options.ts). Read per call, so a build runs under any URL.
 */
export function servedOverHttps(): boolean {
  return env().NEXTAUTH_URL?.toLowerCase().startsWith("https://") ?? false;
}
