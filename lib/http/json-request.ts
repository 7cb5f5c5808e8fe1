import { NextResponse } from "next/server";
import { containsNul } from "./form-data";
import { isSameOrigin } from "./origin";
import { readLimitedText } from "./read-body";

export type JsonRequestResult = { ok: true; body: unknown } | { ok: false; response: NextResponse };

function refuse(status: number, error: string): { ok: false; response: NextResponse } {
  return { ok: false, response: NextResponse.json({ error }, { status }) };
}

function kib(bytes: number): string {
  return `${Math.floor(bytes / 1024)} KB`;
}

/**
 * The one way a route handler reads a JSON body. In order, before any work:
 * the request must come from the site's own pages (403), say it is JSON (415:
 * a `text/plain` body is what a cross-site form can send without a preflight),
 * and fit in `maxBytes` (413, checked while streaming). Then it is parsed
 * (400 when it is not JSON or carries a NUL character). What the body means is the caller's zod schema's
 * business.
 */
export async function readJsonRequest(request: Request, maxBytes: number): Promise<JsonRequestResult> {
  if (!isSameOrigin(request)) return refuse(403, "This request must come from a Quorum page.");
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json")
    return refuse(415, "Send the request body as JSON (Content-Type: application/json).");
  const read = await readLimitedText(request, maxBytes);
  if (!read.ok) {
    return read.reason === "too-large"
      ? refuse(413, `The request body is larger than this endpoint accepts (at most ${kib(maxBytes)}).`)
      : refuse(400, "The request body could not be read as UTF-8 text.");
  }
  let body: unknown;
  try {
    body = JSON.parse(read.text) as unknown;
  } catch {
    return refuse(400, "The request body is not valid JSON.");
  }
  // PostgreSQL cannot store U+0000 in text; refused here on every engine alike (see form-data.ts).
  if (containsNul(body)) return refuse(400, "Text may not contain NUL characters (U+0000).");
  return { ok: true, body };
}
