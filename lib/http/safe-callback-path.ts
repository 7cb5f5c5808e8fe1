/**
 * Where a browser may be sent after signing in: a path on this site, nothing
 * else. The raw value is parsed with the URL API against a fixed origin that
 * cannot be anyone's, and kept only when it still names that origin. Anything
 * a browser might read differently from us is refused before parsing: control
 * characters and spaces (browsers strip a tab, so "/\t/evil.example" becomes
 * "//evil.example"), non-ASCII, backslashes (read as slashes), and paths that
 * resolve to "//host". Pure: used by the sign-in page and next-auth's redirect callback.
 */
const PROBE_ORIGIN = "https://quorum.invalid";
const MAX_CALLBACK_LENGTH = 2048;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== "string" || raw.length > MAX_CALLBACK_LENGTH || !PRINTABLE_ASCII.test(raw)) return "/";
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return "/";
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== PROBE_ORIGIN || url.pathname.startsWith("//")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * next-auth's redirect callback: relative paths and absolute URLs on the
 * site's own origin become a safe path on `baseUrl`; everything else goes home.
 */
export function authRedirect(url: string, baseUrl: string): string {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return "/";
  }
  let path: unknown = url;
  if (!url.startsWith("/")) {
    try {
      const absolute = new URL(url);
      path = absolute.origin === base.origin ? `${absolute.pathname}${absolute.search}${absolute.hash}` : "/";
    } catch {
      path = "/";
    }
  }
  return `${base.origin}${safeCallbackPath(path)}`;
}
