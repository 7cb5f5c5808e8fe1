/**
 * What a page costs to download: its HTML (and how much of it is the inline
 * RSC payload, the `self.__next_f.push` scripts the client reads to hydrate),
 * and its first-load JavaScript, the gzip size of every `<script src>` the HTML
 * loads (as scripts/first-load-js.ts prints it for one URL).
 */
import { gzipSync } from "node:zlib";

export interface PageWeight {
  readonly htmlBytes: number;
  readonly rscPayloadBytes: number;
  readonly firstLoadJsGzipBytes: number;
  readonly scripts: number;
}

export async function weighPage(url: string): Promise<PageWeight> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const html = await response.text();
  const rscPayloadBytes = [...html.matchAll(/<script>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)].reduce(
    (sum, match) => sum + Buffer.byteLength(match[1] ?? ""),
    0,
  );
  const sources = new Set(
    [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) =>
      new URL((match[1] ?? "").replaceAll("&amp;", "&"), url).toString(),
    ),
  );
  let firstLoadJsGzipBytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(source)).arrayBuffer());
    firstLoadJsGzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { htmlBytes: Buffer.byteLength(html), rscPayloadBytes, firstLoadJsGzipBytes, scripts: sources.size };
}
