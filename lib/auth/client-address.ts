import { env } from "@/lib/env";

/**
 * How many reverse proxies the deployment puts in front of the app
 * (TRUSTED_PROXY_HOPS, default 0). Each proxy appends the address it received
 * the request from to X-Forwarded-For, and Next's server adds nothing when the
 * header is present, so with N ≥ 1 trusted proxies the client is the Nth entry
 * from the right; entries further left were written by the client and prove
 * nothing.
 *
 * With 0 the app is reached directly. A Next.js route handler cannot see the
 * socket, but Next's server fills X-Forwarded-For with the socket address when
 * the request arrives without one (`??=` in next/dist/server/base-server.js),
 * so the rightmost entry is the socket address, unless the client sent the
 * header itself, which a directly exposed app cannot detect. That is why the
 * per-address limits are backed by per-account and site-wide limits that no
 * header can dodge, and why a deployment behind a proxy should say so here.
 */

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name] ?? source[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address as the limits key it, "unknown" when nothing says (every such request then shares one bucket).
 */
export function clientAddress(headers: HeaderSource, hops: number = env().TRUSTED_PROXY_HOPS): string {
  const entries = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  // The outermost trusted proxy wrote the Nth entry from the right: the client it saw. Direct (0): the socket address
  // Next wrote.
  const picked = entries[entries.length - Math.max(hops, 1)] ?? entries[0];
  if (!picked) return "unknown";
  // "::ffff:1.2.3.4" and "1.2.3.4" are the same client.
  return picked
    .replace(/^::ffff:/i, "")
    .slice(0, 64)
    .toLowerCase();
}
