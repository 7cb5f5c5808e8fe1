/**
 * First-load JavaScript of a page, as Next 16 no longer prints it: the gzip
 * size of every `<script src>` the served HTML loads, summed.
 *   npx tsx scripts/first-load-js.ts http://localhost:3000/ [more URLs…]
 */
import { gzipSync } from "node:zlib";

async function firstLoad(url: string): Promise<{ scripts: number; raw: number; gzip: number }> {
  const html = await (await fetch(url)).text();
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) =>
    new URL(match[1]!.replaceAll("&amp;", "&"), url).toString(),
  );
  let raw = 0;
  let gzip = 0;
  for (const source of new Set(sources)) {
    const body = Buffer.from(await (await fetch(source)).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: new Set(sources).size, raw, gzip };
}

const urls = process.argv.slice(2);
if (urls.length === 0) {
  console.error("Give the URL of a running Quorum page, e.g. http://localhost:3000/.");
  process.exit(2);
}
for (const url of urls) {
  const result = await firstLoad(url);
  console.log(
    `${url}: ${result.scripts} scripts, ${(result.gzip / 1024).toFixed(1)} kB gzip (${(result.raw / 1024).toFixed(1)} kB raw)`,
  );
}
