import { NextRequest } from "next/server";
import { isSameOrigin } from "./origin";
import { readLimitedText } from "./read-body";

export type FormRequestResult = { ok: true; request: NextRequest } | { ok: false; response: Response };

const refuse = (status: number, error: string): FormRequestResult => ({
  ok: false,
  response: Response.json({ error }, { status }),
});

/**
 * For handlers that parse the body themselves (next-auth's form posts): the
 * same origin and size checks as readJsonRequest, then a copy of the request
 * whose body is the already-bounded text, so the library never reads the
 * original stream.
 */
export async function boundedFormRequest(request: NextRequest, maxBytes: number): Promise<FormRequestResult> {
  if (!isSameOrigin(request)) return refuse(403, "This request must come from a Quorum page.");
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded" && type !== "application/json")
    return refuse(415, "Send the form as application/x-www-form-urlencoded.");
  const read = await readLimitedText(request, maxBytes);
  if (!read.ok)
    return read.reason === "too-large"
      ? refuse(
          413,
          `The request body is larger than this endpoint accepts (at most ${Math.floor(maxBytes / 1024)} KB).`,
        )
      : refuse(400, "The request body could not be read as UTF-8 text.");
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return { ok: true, request: new NextRequest(request.url, { method: request.method, headers, body: read.text }) };
}
