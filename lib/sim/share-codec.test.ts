import { describe, expect, it } from "vitest";
import { MAX_ACTIONS, MAX_NODES, MAX_RUN_TIME_MS, MAX_SHARE_CODE_LENGTH } from "./limits";
import { decodeShare, encodeShare, readLabParams, type SharedRun } from "./share-codec";

const run: SharedRun = {
  scenario: "split-brain",
  seed: 7,
  actions: [
    { at: 100, step: 3, action: { type: "set-lag", node: "B", lagMs: 5000 } },
    { at: 250.5, step: 9, action: { type: "write", key: "x", value: "héllo ✓", node: "A", client: "ui-A" } },
    { at: 300, step: 12, action: { type: "cut", from: ["A"], to: ["B", "C"] } },
  ],
  time: 4000,
};
const params = (q: string) => new URLSearchParams(q);
const known = ["lag-stale-read", "split-brain"];

describe("share codec", () => {
  it("round-trips a run through a URL-safe code", () => {
    const code = encodeShare(run);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeShare(code)).toEqual({ success: true, data: run });
    expect(decodeShare(encodeShare({ ...run, nodes: 5 }))).toEqual({ success: true, data: { ...run, nodes: 5 } });
  });

  it("carries leaderless quorum sizes as version 2, and writes version 1 without them", () => {
    const withQuorum = { ...run, scenario: "leaderless-quorum", quorum: { n: 3, w: 1, r: 3 } };
    const code = encodeShare(withQuorum);
    expect(JSON.parse(Buffer.from(code, "base64url").toString("utf8"))).toMatchObject({ v: 2, q: [3, 1, 3] });
    expect(decodeShare(code)).toEqual({ success: true, data: withQuorum });
    expect(JSON.parse(Buffer.from(encodeShare(run), "base64url").toString("utf8"))).toMatchObject({ v: 1 });
  });

  it("carries Raft's setting actions as version 3, with or without quorum sizes, and replays them in order", () => {
    const raft: SharedRun = {
      scenario: "raft-lab",
      seed: 147,
      actions: [
        { at: 800, step: 40, action: { type: "set-read-mode", mode: "lease" } },
        { at: 900, step: 44, action: { type: "set-clock-drift", node: "S1", drift: -0.3 } },
        { at: 950, step: 47, action: { type: "set-pre-vote", enabled: true } },
        { at: 1000, step: 50, action: { type: "crash", node: "S1" } },
      ],
      time: 2000,
    };
    const code = encodeShare(raft);
    expect(JSON.parse(Buffer.from(code, "base64url").toString("utf8"))).toMatchObject({ v: 3 });
    expect(decodeShare(code)).toEqual({ success: true, data: raft });
    const both = { ...raft, quorum: { n: 3, w: 2, r: 2 } };
    expect(decodeShare(encodeShare(both))).toEqual({ success: true, data: both });
  });

  it("refuses a setting action in an older link, and a clock drift or read mode out of range", () => {
    const payload = (v: number, action: object) =>
      Buffer.from(JSON.stringify({ v, s: "raft-lab", seed: 1, a: [[0, 0, action]], t: 0 })).toString("base64url");
    expect(decodeShare(payload(2, { type: "set-pre-vote", enabled: true }))).toEqual({
      success: false,
      error: 'the link\'s run data is malformed (a.0.2.type: "set-pre-vote" needs a version-3 link)',
    });
    for (const drift of [0.46, -0.9, 1e9])
      expect(decodeShare(payload(3, { type: "set-clock-drift", node: "S1", drift }))).toMatchObject({
        success: false,
        error: expect.stringMatching(/^the link's run .*\(a\.0\.2\.drift: a clock's drift is at most ±45% here\)$/),
      });
    expect(decodeShare(payload(3, { type: "set-read-mode", mode: "psychic" }))).toMatchObject({
      success: false,
      error: expect.stringMatching(/malformed \(a\.0\.2\.mode: /),
    });
  });

  it("carries the read-repair mode chosen in the lab as a fourth element, and still reads three-element links", () => {
    const blocking = {
      ...run,
      scenario: "leaderless-quorum",
      quorum: { n: 3, w: 2, r: 2, readRepair: "blocking" as const },
    };
    const code = encodeShare(blocking);
    expect(JSON.parse(Buffer.from(code, "base64url").toString("utf8"))).toMatchObject({
      v: 2,
      q: [3, 2, 2, "blocking"],
    });
    expect(decodeShare(code)).toEqual({ success: true, data: blocking });
    const bad = Buffer.from(
      JSON.stringify({ v: 2, s: "leaderless-quorum", seed: 1, q: [3, 2, 2, "eventually"], a: [], t: 0 }),
    ).toString("base64url");
    expect(decodeShare(bad)).toMatchObject({ success: false });
  });

  it("still opens a version-1 link made before quorum sizes were shared", () => {
    // Written by hand in the old format, as an existing link in someone's notes would be.
    const old = Buffer.from(
      JSON.stringify({ v: 1, s: "split-brain", seed: 7, n: 5, a: [[100, 3, { type: "crash", node: "B" }]], t: 900 }),
    ).toString("base64url");
    expect(decodeShare(old)).toEqual({
      success: true,
      data: {
        scenario: "split-brain",
        seed: 7,
        nodes: 5,
        actions: [{ at: 100, step: 3, action: { type: "crash", node: "B" } }],
        time: 900,
      },
    });
  });

  it("rejects quorum sizes that are not whole numbers from 1 to MAX_NODES", () => {
    const code = (q: unknown) =>
      Buffer.from(JSON.stringify({ v: 2, s: "split-brain", seed: 1, q, a: [], t: 0 })).toString("base64url");
    expect(decodeShare(code([3, 0, 2]))).toMatchObject({
      success: false,
      error: expect.stringMatching(/malformed \(q\.1/),
    });
    expect(decodeShare(code([3, 2]))).toMatchObject({ success: false });
    expect(decodeShare(code([3, 2, 1.5]))).toMatchObject({ success: false });
  });

  it("reports a truncated code", () => {
    const code = encodeShare(run);
    const r = decodeShare(code.slice(0, code.length - 9));
    expect(r.success).toBe(false);
  });

  it("reports characters that are not base64url", () => {
    expect(decodeShare("abc$%^")).toMatchObject({ success: false, error: expect.stringMatching(/base64url/) });
  });

  it("names an unsupported version", () => {
    const code = Buffer.from(JSON.stringify({ v: 0, s: "split-brain", seed: 1, a: [], t: 0 })).toString("base64url");
    expect(decodeShare(code)).toMatchObject({ success: false, error: expect.stringMatching(/version 0/) });
  });

  it("rejects an invalid action inside the log", () => {
    const code = Buffer.from(
      JSON.stringify({ v: 1, s: "split-brain", seed: 1, a: [[0, 0, { type: "explode" }]], t: 0 }),
    ).toString("base64url");
    expect(decodeShare(code)).toMatchObject({ success: false, error: expect.stringMatching(/malformed/) });
  });

  it("reads ?run=, and reports an unknown scenario in it", () => {
    expect(readLabParams(params(`run=${encodeShare(run)}`), known)).toEqual({ shared: run, problems: [] });
    const other = readLabParams(params(`run=${encodeShare({ ...run, scenario: "nope" })}`), known);
    expect(other.shared).toBeUndefined();
    expect(other.problems[0]).toMatch(/"nope"/);
  });

  it("reports a shared run its scenario cannot take, and opens nothing of it", () => {
    const r = readLabParams(params(`run=${encodeShare({ ...run, quorum: { n: 3, w: 4, r: 1 } })}`), known, (shared) =>
      shared.quorum && shared.quorum.w > shared.quorum.n ? "W above N" : undefined,
    );
    expect(r).toEqual({ problems: ["W above N"] });
  });

  it("reads ?seed= on its own and rejects junk", () => {
    expect(readLabParams(params("seed=42"), known)).toEqual({ seed: 42, problems: [] });
    expect(readLabParams(params("seed=4.5&scenario=zzz&n=99"), known).problems).toHaveLength(3);
  });
});

/** A code written by hand, as a hostile link would be: any JSON, base64url-encoded. */
const raw = (payload: unknown) =>
  Buffer.from(typeof payload === "string" ? payload : JSON.stringify(payload)).toString("base64url");
const payload = (over: Record<string, unknown>) => raw({ v: 1, s: "split-brain", seed: 1, a: [], t: 0, ...over });
const write = { type: "write", key: "x", node: "A" };

describe("share codec bounds (issue 18)", () => {
  it("refuses a run that asks for more simulated time than a run may reach, naming the limit", () => {
    for (const t of [1_000_000_000, 1e8, MAX_RUN_TIME_MS + 1]) {
      const r = decodeShare(payload({ t }));
      expect(r).toEqual({
        success: false,
        error: expect.stringMatching(/out of range \(t: a run may reach at most 10 minutes \(600,000 ms\)/),
      });
    }
    expect(decodeShare(payload({ t: MAX_RUN_TIME_MS }))).toMatchObject({
      success: true,
      data: { time: MAX_RUN_TIME_MS },
    });
  });

  it("refuses actions placed past the time limit or after more events than a run may process", () => {
    expect(decodeShare(payload({ a: [[1e12, 0, write]] }))).toMatchObject({
      success: false,
      error: expect.stringMatching(/out of range \(a\.0\.0: /),
    });
    expect(decodeShare(payload({ a: [[0, 1e12, write]] }))).toMatchObject({
      success: false,
      error: expect.stringMatching(/out of range \(a\.0\.1: a run may process at most/),
    });
  });

  it("refuses an action log longer than a run may hold", () => {
    const entries = (n: number) => Array.from({ length: n }, (_, i) => [i, 0, write]);
    expect(decodeShare(payload({ a: entries(MAX_ACTIONS + 1) }))).toMatchObject({
      success: false,
      error: expect.stringMatching(/out of range \(a: a run may hold at most 2,000 actions\)/),
    });
    expect(decodeShare(payload({ a: entries(MAX_ACTIONS) })).success).toBe(true);
  });

  it("refuses node counts and quorum sizes above MAX_NODES", () => {
    expect(decodeShare(payload({ n: MAX_NODES + 1 }))).toMatchObject({
      success: false,
      error: expect.stringMatching(/out of range \(n: a cluster here has at most 9 nodes\)/),
    });
    expect(decodeShare(payload({ v: 2, q: [64, 64, 64] }))).toMatchObject({
      success: false,
      error: expect.stringMatching(/out of range \(q\.0/),
    });
  });

  it("refuses an over-long code by its length alone, before decoding it", () => {
    const huge = "A".repeat(MAX_SHARE_CODE_LENGTH + 1);
    expect(decodeShare(huge)).toEqual({
      success: false,
      error: expect.stringMatching(/200,001 characters long, and the lab reads codes of at most 200,000/),
    });
    // Even one that would decode to a valid run: the length is checked first.
    expect(decodeShare(payload({ s: "split-brain", pad: "x".repeat(MAX_SHARE_CODE_LENGTH) })).success).toBe(false);
  });

  it("reports deeply nested JSON without throwing", () => {
    const depth = 60_000;
    const deep = "[".repeat(depth) + "]".repeat(depth);
    expect(decodeShare(raw(deep))).toMatchObject({ success: false });
    expect(decodeShare(payload({ a: JSON.parse("[".repeat(500) + "]".repeat(500)) as unknown }))).toMatchObject({
      success: false,
      error: expect.stringMatching(/malformed/),
    });
  });

  it("refuses Infinity (1e999 in JSON) and NaN", () => {
    expect(decodeShare(raw('{"v":1,"s":"split-brain","seed":1,"a":[],"t":1e999}'))).toMatchObject({
      success: false,
      error: expect.stringMatching(/\(t: /),
    });
    expect(
      decodeShare(raw('{"v":1,"s":"split-brain","seed":1,"a":[[1e999,0,{"type":"crash","node":"A"}]],"t":0}')),
    ).toMatchObject({ success: false });
    expect(decodeShare(raw('{"v":1,"s":"split-brain","seed":1,"a":[],"t":NaN}'))).toMatchObject({
      success: false,
      error: expect.stringMatching(/not complete JSON/),
    });
  });

  it("opens nothing of an out-of-range link in the lab, and says what was out of range", () => {
    const r = readLabParams(params(`run=${payload({ t: 1_000_000_000 })}`), known);
    expect(r.shared).toBeUndefined();
    expect(r.problems).toEqual([expect.stringMatching(/out of range .*10 minutes/)]);
  });

  it("echoes at most a short excerpt of a hostile URL value in its notice", () => {
    const long = "z".repeat(10_000);
    const r = readLabParams(params(`scenario=${long}&seed=${long}&n=${long}`), known);
    expect(r.problems).toHaveLength(3);
    for (const p of r.problems) expect(p.length).toBeLessThan(120);
  });
});
