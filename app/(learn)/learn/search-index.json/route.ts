import { buildSearchIndex } from "@/lib/content/search";

// Emitted as a static file at build time: search works offline, with no server round trip per query.
export const dynamic = "force-static";

export function GET() {
  return new Response(buildSearchIndex(), { headers: { "content-type": "application/json; charset=utf-8" } });
}
