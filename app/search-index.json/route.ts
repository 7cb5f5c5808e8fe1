import { buildSearchIndex } from "@/lib/content/search";

// Emitted as a static file at build time: the header's search downloads it once and answers every query in the browser.
export const dynamic = "force-static";

export function GET() {
  return new Response(buildSearchIndex(), { headers: { "content-type": "application/json; charset=utf-8" } });
}
