import { afterEach, describe, expect, it } from "vitest";
import { readJsonRequest } from "./json-request";

const URL_ = "http://localhost:3000/api/account";
const ORIGIN = "http://localhost:3000";

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(URL_, {
    method: "POST",
    body,
    headers: { origin: ORIGIN, "content-type": "application/json", ...headers },
    duplex: "half",
  } as RequestInit);
}

/** A body that never ends unless the reader stops, counting the bytes it handed out. */
function endless(chunkBytes: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const chunk = new Uint8Array(chunkBytes).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

afterEach(() => {
  delete process.env.NEXTAUTH_URL;
});

describe("readJsonRequest", () => {
  it("parses a same-origin JSON body within the limit", async () => {
    const result = await readJsonRequest(
      post(JSON.stringify({ a: 1 }), { "content-type": "application/json; charset=utf-8" }),
      1024,
    );
    expect(result).toEqual({ ok: true, body: { a: 1 } });
  });

  it("refuses a declared length over the limit with 413 before reading", async () => {
    const { stream, pulled } = endless(1024);
    const result = await readJsonRequest(post(stream, { "content-length": String(300 * 1024 * 1024) }), 8 * 1024);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(413);
    expect(await result.response.json()).toEqual({
      error: "The request body is larger than this endpoint accepts (at most 8 KB).",
    });
    expect(pulled()).toBeLessThanOrEqual(2 * 1024);
  });

  it("stops reading a body without a length once it passes the limit", async () => {
    const { stream, pulled } = endless(1024);
    const result = await readJsonRequest(post(stream), 8 * 1024);
    expect(!result.ok && result.response.status).toBe(413);
    // It read at most the limit plus the chunk that crossed it (and one the stream queued ahead).
    expect(pulled()).toBeLessThanOrEqual(11 * 1024);
  });

  it("refuses text/plain (what a cross-site form can send) with 415", async () => {
    const result = await readJsonRequest(post('{"a":1}', { "content-type": "text/plain" }), 1024);
    expect(!result.ok && result.response.status).toBe(415);
  });

  it("refuses a foreign or missing Origin with 403", async () => {
    const foreign = await readJsonRequest(post("{}", { origin: "https://evil.example" }), 1024);
    expect(!foreign.ok && foreign.response.status).toBe(403);
    const missing = new Request(URL_, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    const none = await readJsonRequest(missing, 1024);
    expect(!none.ok && none.response.status).toBe(403);
  });

  it("takes the site's origin from NEXTAUTH_URL when it is set", async () => {
    process.env.NEXTAUTH_URL = "https://quorum.example.org";
    const local = await readJsonRequest(post("{}"), 1024);
    expect(!local.ok && local.response.status).toBe(403);
    const publicOrigin = await readJsonRequest(post("{}", { origin: "https://quorum.example.org" }), 1024);
    expect(publicOrigin.ok).toBe(true);
  });

  it("answers malformed JSON and invalid UTF-8 with 400", async () => {
    const bad = await readJsonRequest(post("{nope"), 1024);
    expect(!bad.ok && bad.response.status).toBe(400);
    const bytes = await readJsonRequest(post(new Uint8Array([0x22, 0xff, 0x22])), 1024);
    expect(!bytes.ok && bytes.response.status).toBe(400);
  });

  it("refuses a NUL character in any string, keys and nested values included, with 400 (PostgreSQL cannot store one)", async () => {
    for (const body of [{ notes: "a\u0000b" }, { "k\u0000": 1 }, { deep: [[{ x: "\u0000" }]] }]) {
      const r = await readJsonRequest(post(JSON.stringify(body)), 1024);
      expect(!r.ok && r.response.status).toBe(400);
      expect(!r.ok && (await r.response.json())).toEqual({ error: "Text may not contain NUL characters (U+0000)." });
    }
    expect((await readJsonRequest(post(JSON.stringify({ notes: "fine" })), 1024)).ok).toBe(true);
  });
});
