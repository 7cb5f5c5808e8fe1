/**
 * Fuzzing the share link, the one input any visitor controls (issue 18):
 * whatever string or payload arrives, decoding never throws, a run it accepts
 * is one the lab can replay within RUN_LIMITS, and a number out of range comes
 * back as a problem the lab shows.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_CLOCK_DRIFT } from "./actions";
import { MAX_ACTIONS, MAX_NODES, MAX_RUN_STEPS, MAX_RUN_TIME_MS, MAX_SHARE_CODE_LENGTH } from "./limits";
import { decodeShare, readLabParams, type SharedRun } from "./share-codec";

const KNOWN = ["split-brain", "lag-stale-read"];

function withinLimits(run: SharedRun): boolean {
  const time = (t: number) => Number.isFinite(t) && t >= 0 && t <= MAX_RUN_TIME_MS;
  const size = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 1 && n <= MAX_NODES);
  return (
    time(run.time) &&
    size(run.nodes) &&
    (run.quorum === undefined || [run.quorum.n, run.quorum.w, run.quorum.r].every(size)) &&
    run.actions.length <= MAX_ACTIONS &&
    run.actions.every((e) => time(e.at) && Number.isInteger(e.step) && e.step >= 0 && e.step <= MAX_RUN_STEPS) &&
    run.actions.every((e) => e.action.type !== "set-clock-drift" || Math.abs(e.action.drift) <= MAX_CLOCK_DRIFT)
  );
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Numbers as a hand-edited link may carry them: ordinary, at the limits, far past them, negative, fractional. */
const anyNumber = fc.oneof(
  fc.integer({ min: -10, max: 10 }),
  fc.constantFrom(
    0,
    MAX_RUN_TIME_MS,
    MAX_RUN_TIME_MS + 1,
    MAX_RUN_STEPS + 1,
    MAX_NODES + 1,
    1e8,
    1e9,
    1e21,
    -1,
    0.5,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_VALUE,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const action = fc.oneof(
  fc.record({ type: fc.constant("crash"), node: fc.constantFrom("A", "B", "C") }),
  fc.record({
    type: fc.constant("write"),
    key: fc.string({ minLength: 1, maxLength: 5 }),
    node: fc.constantFrom("A", "B"),
  }),
  fc.record({ type: fc.constant("set-lag"), node: fc.constant("B"), lagMs: anyNumber }),
  fc.record({ type: fc.constant("set-clock-drift"), node: fc.constant("B"), drift: anyNumber }),
  fc.record({ type: fc.constant("set-read-mode"), mode: fc.constantFrom("log", "lease", "follower", "psychic") }),
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
);
/** Structurally a share payload, with hostile numbers and sizes anywhere in it. */
const hostilePayload = fc.record(
  {
    v: fc.constantFrom(1, 2, 3),
    s: fc.constantFrom(...KNOWN),
    seed: anyNumber,
    n: anyNumber,
    q: fc.tuple(anyNumber, anyNumber, anyNumber),
    a: fc.oneof(
      { arbitrary: fc.array(fc.tuple(anyNumber, anyNumber, action), { maxLength: 8 }), weight: 19 },
      { arbitrary: fc.constant("many"), weight: 1 },
    ),
    t: anyNumber,
  },
  { requiredKeys: ["v", "s", "seed", "a", "t"] },
);
/**
 * A run "many" actions long stands for a log just past the limit (generating 2,001 entries each time would be slow).
 */
const expand = (p: { a: unknown }) =>
  p.a === "many"
    ? { ...p, a: Array.from({ length: MAX_ACTIONS + 1 }, (_, i) => [i, i, { type: "crash", node: "A" }]) }
    : p;

describe("share decoder fuzz", () => {
  it("never throws on arbitrary strings, and accepts only runs within the limits", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.base64String(),
          fc.stringMatching(/^[A-Za-z0-9_-]{0,400}$/),
        ),
        (code) => {
          const r = decodeShare(code);
          if (r.success) expect(withinLimits(r.data)).toBe(true);
          else expect(r.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("decodes a structurally valid but hostile payload only when every number is in range", () => {
    fc.assert(
      fc.property(hostilePayload, (p) => {
        const r = decodeShare(encode(expand(p)));
        if (r.success) expect(withinLimits(r.data)).toBe(true);
        else expect(r.error).toMatch(/^the link/);
      }),
      { numRuns: 600 },
    );
  });

  it("names the field that is out of range when one number of a good run is too big", () => {
    const good = {
      v: 2,
      s: "split-brain",
      seed: 3,
      n: 3,
      q: [3, 2, 2],
      a: [[100, 4, { type: "crash", node: "B" }]],
      t: 5000,
    };
    const field = fc.constantFrom(
      { path: "t", set: (x: number) => ({ ...good, t: MAX_RUN_TIME_MS + x }) },
      { path: "n", set: (x: number) => ({ ...good, n: MAX_NODES + Math.ceil(x) }) },
      { path: "q.1", set: (x: number) => ({ ...good, q: [3, MAX_NODES + Math.ceil(x), 2] }) },
      { path: "a.0.0", set: (x: number) => ({ ...good, a: [[MAX_RUN_TIME_MS + x, 4, { type: "crash", node: "B" }]] }) },
      {
        path: "a.0.1",
        set: (x: number) => ({ ...good, a: [[100, MAX_RUN_STEPS + Math.ceil(x), { type: "crash", node: "B" }]] }),
      },
    );
    fc.assert(
      fc.property(
        field,
        fc.oneof(fc.integer({ min: 1, max: 1e9 }), fc.constantFrom(1e12, 1e20, Number.MAX_SAFE_INTEGER)),
        ({ path, set }, x) => {
          const r = decodeShare(encode(set(x)));
          expect(r).toEqual({ success: false, error: expect.stringContaining(`out of range (${path}: `) });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the lab's URL reader never throws, opens only runs within the limits, and keeps every notice short", () => {
    const value = fc.oneof(
      fc.string({ maxLength: 300 }),
      hostilePayload.map((p) => encode(expand(p))),
      fc.constant("A".repeat(MAX_SHARE_CODE_LENGTH + 1)),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("run", "scenario", "seed", "n", "other"), value), (query) => {
        const state = readLabParams({ get: (k) => query[k] ?? null }, KNOWN);
        if (state.shared) expect(withinLimits(state.shared)).toBe(true);
        if (state.nodes !== undefined) expect(state.nodes).toBeLessThanOrEqual(MAX_NODES);
        for (const problem of state.problems) expect(problem.length).toBeLessThan(400);
        if (query.run !== undefined && !state.shared) expect(state.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
