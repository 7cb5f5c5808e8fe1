import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { databaseDigest, HUGE, junkValue, seededWorldPerFile } from "./boundary-fuzz-support";

/**
 * Generated requests against every route handler that takes a body, called
 * directly as Next would: any mix of Origin, Content-Type and body (random
 * JSON, wrong types, huge strings, bytes that are not UTF-8), from every kind
 * of user. Never a 5xx or a throw; a refused request writes nothing.
 */
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("server-only", () => ({}));
vi.mock("next-auth", async (original) => {
  const actual = await original<typeof import("next-auth")>();
  return { ...actual, getServerSession: vi.fn(async () => (session.userId ? { user: { id: session.userId } } : null)) };
});
vi.mock("next/headers", () => ({
  cookies: vi.fn(async () => ({ get: () => undefined, getAll: () => [], has: () => false })),
  headers: vi.fn(async () => new Headers()),
}));

const { POST: signUpPost } = await import("../../app/api/account/route");
const interview = await import("../../app/api/interviews/[id]/route");
const { POST: feedbackPost } = await import("../../app/api/interviews/[id]/feedback/route");
const { POST: scoresPost } = await import("../../app/api/interviews/[id]/scores/route");
const { POST: eventsPost } = await import("../../app/api/interviews/[id]/events/route");

const fixture = seededWorldPerFile();

const SITE = "http://localhost:3000";
type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

const ROUTES: readonly { name: string; path: string; method: "POST" | "PUT"; handler: Handler }[] = [
  { name: "POST /api/account", path: "/api/account", method: "POST", handler: (r) => signUpPost(r) },
  { name: "PUT /api/interviews/[id]", path: "/api/interviews/", method: "PUT", handler: interview.PUT },
  { name: "POST /api/interviews/[id]/feedback", path: "/api/interviews/", method: "POST", handler: feedbackPost },
  { name: "POST /api/interviews/[id]/scores", path: "/api/interviews/", method: "POST", handler: scoresPost },
  { name: "POST /api/interviews/[id]/events", path: "/api/interviews/", method: "POST", handler: eventsPost },
];

const origin = fc.constantFrom<string | null>(SITE, SITE, "https://evil.example", "null", null);
const contentType = fc.constantFrom<string | null>(
  "application/json",
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  null,
);
/** JSON that names the fields the routes read, with values of the wrong type or size. */
const shapedJson = fc.record(
  {
    name: junkValue,
    email: junkValue,
    password: junkValue,
    inviteToken: junkValue,
    baseRevision: junkValue,
    flow: fc.oneof(junkValue, fc.record({ notes: fc.record({ clarify: junkValue }), status: junkValue })),
    events: junkValue,
    interviewerNotes: junkValue,
    feedback: junkValue,
    submit: junkValue,
    kind: junkValue,
    label: junkValue,
    action: junkValue,
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  shapedJson.map((v) => JSON.stringify(v)),
  fc.array(shapedJson, { maxLength: 3 }).map((v) => JSON.stringify(v)),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.uint8Array({ maxLength: 64 }),
  // Larger than any route's byte limit (lib/http/body-limits.ts), declared or not.
  fc.constant(`{"notes":"${"x".repeat(600 * 1024)}"}`),
  fc.constant("x".repeat(HUGE)),
);

const request = fc.record({ origin, contentType, body, declareLength: fc.boolean() });
type GeneratedRequest = typeof request extends fc.Arbitrary<infer T> ? T : never;

function build(path: string, method: string, r: GeneratedRequest): Request {
  const headers = new Headers();
  if (r.origin !== null) headers.set("origin", r.origin);
  if (r.contentType !== null) headers.set("content-type", r.contentType);
  const bytes = typeof r.body === "string" ? new TextEncoder().encode(r.body) : r.body;
  if (r.declareLength) headers.set("content-length", String(bytes.byteLength));
  // Streamed, so a handler that read past its limit would be reading what the client chose to send.
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.byteLength; at += 16 * 1024) controller.enqueue(bytes.slice(at, at + 16 * 1024));
      controller.close();
    },
  });
  return new Request(`${SITE}${path}`, { method, headers, body: stream, duplex: "half" } as RequestInit);
}

describe("route handlers under generated requests", () => {
  it.each(ROUTES)(
    "$name never fails with 5xx, and a refused request writes nothing",
    async (route) => {
      const world = fixture.world();
      const interviewer = world.first.interviewer;
      const led = world.of(interviewer).ledInterviewId;
      const solo = world.of(world.first.candidate).soloInterviewId;
      const actors = [null, world.first.candidate.id, interviewer.id, world.first.admin.id, world.second.candidate.id];
      await fc.assert(
        fc.asyncProperty(
          request,
          fc.constantFrom(...actors),
          fc.constantFrom(led, solo, "nope", "x".repeat(300)),
          async (r, actor, id) => {
            session.userId = actor;
            const before = fixture.digest();
            const path = route.path.endsWith("/") ? `${route.path}${id}` : route.path;
            const response = await route.handler(build(path, route.method, r), { params: Promise.resolve({ id }) });
            expect(response.status, `${route.method} ${path} as ${actor ?? "nobody"}`).toBeLessThan(500);
            // Taken after every request, refused or not: an accepted one may write, and the next run starts from what
            // it left.
            const after = await fixture.redigest();
            if (response.status >= 400) expect(after).toBe(before);
          },
        ),
        { numRuns: 30 },
      );
    },
    120_000,
  );

  it("refuses each finding of the issue with its own status before reading the body", async () => {
    const world = fixture.world();
    session.userId = world.first.candidate.id;
    const id = world.of(world.first.candidate).soloInterviewId;
    const before = await databaseDigest();
    const put = (headers: Record<string, string>, text: string) =>
      interview.PUT(new Request(`${SITE}/api/interviews/${id}`, { method: "PUT", headers, body: text }), {
        params: Promise.resolve({ id }),
      });
    // 200 MB of notes were accepted before; the body limit stops it (here 1 MB, declared and undeclared).
    const huge = JSON.stringify({ baseRevision: 0, flow: { notes: { clarify: "x".repeat(1024 * 1024) } } });
    expect((await put({ origin: SITE, "content-type": "application/json" }, huge)).status).toBe(413);
    // A same-site page could post text/plain JSON without a preflight.
    expect((await put({ origin: SITE, "content-type": "text/plain" }, "{}")).status).toBe(415);
    expect((await put({ origin: "https://evil.example", "content-type": "application/json" }, "{}")).status).toBe(403);
    expect((await put({ "content-type": "application/json" }, "{}")).status).toBe(403);
    const signUp = await signUpPost(
      new Request(`${SITE}/api/account`, {
        method: "POST",
        headers: { origin: SITE, "content-type": "application/json" },
        body: JSON.stringify({ name: "A", email: "a@example.com", password: "x".repeat(300 * 1024) }),
      }),
    );
    expect(signUp.status).toBe(413);
    expect(await databaseDigest()).toBe(before);
  });

  it("stores notes up to the field's limit and refuses one character more", async () => {
    const world = fixture.world();
    const { TEXT_LIMITS } = await import("../../lib/text-limits");
    const { initialFlow } = await import("../../lib/interview/flow");
    session.userId = world.first.candidate.id;
    const id = world.of(world.first.candidate).soloInterviewId;
    const save = (notes: string) =>
      interview.PUT(
        new Request(`${SITE}/api/interviews/${id}`, {
          method: "PUT",
          headers: { origin: SITE, "content-type": "application/json" },
          body: JSON.stringify({ baseRevision: 0, flow: { ...initialFlow(), notes: { clarify: notes } } }),
        }),
        { params: Promise.resolve({ id }) },
      );
    const before = await databaseDigest();
    expect((await save("n".repeat(TEXT_LIMITS.interviewPhaseNotes + 1))).status).toBe(400);
    expect(await databaseDigest()).toBe(before);
    expect((await save("n".repeat(TEXT_LIMITS.interviewPhaseNotes))).status).toBe(200);
  });
});
