import { describe, expect, it } from "vitest";
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

  it("still opens a version-1 link made before quorum sizes were shared", () => {
    // Written by hand in the old format, as an existing link in someone's notes would be.
    const old = Buffer.from(JSON.stringify({ v: 1, s: "split-brain", seed: 7, n: 5, a: [[100, 3, { type: "crash", node: "B" }]], t: 900 })).toString("base64url");
    expect(decodeShare(old)).toEqual({ success: true, data: { scenario: "split-brain", seed: 7, nodes: 5, actions: [{ at: 100, step: 3, action: { type: "crash", node: "B" } }], time: 900 } });
  });

  it("rejects quorum sizes that are not whole numbers from 1 to 64", () => {
    const code = (q: unknown) => Buffer.from(JSON.stringify({ v: 2, s: "split-brain", seed: 1, q, a: [], t: 0 })).toString("base64url");
    expect(decodeShare(code([3, 0, 2]))).toMatchObject({ success: false, error: expect.stringMatching(/malformed \(q\.1/) });
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
    const code = Buffer.from(JSON.stringify({ v: 1, s: "split-brain", seed: 1, a: [[0, 0, { type: "explode" }]], t: 0 })).toString("base64url");
    expect(decodeShare(code)).toMatchObject({ success: false, error: expect.stringMatching(/malformed/) });
  });

  it("reads ?run=, and reports an unknown scenario in it", () => {
    expect(readLabParams(params(`run=${encodeShare(run)}`), known)).toEqual({ shared: run, problems: [] });
    const other = readLabParams(params(`run=${encodeShare({ ...run, scenario: "nope" })}`), known);
    expect(other.shared).toBeUndefined();
    expect(other.problems[0]).toMatch(/"nope"/);
  });

  it("reports a shared run its scenario cannot take, and opens nothing of it", () => {
    const r = readLabParams(params(`run=${encodeShare({ ...run, quorum: { n: 3, w: 4, r: 1 } })}`), known, (shared) => (shared.quorum && shared.quorum.w > shared.quorum.n ? "W above N" : undefined));
    expect(r).toEqual({ problems: ["W above N"] });
  });

  it("reads ?seed= on its own and rejects junk", () => {
    expect(readLabParams(params("seed=42"), known)).toEqual({ seed: 42, problems: [] });
    expect(readLabParams(params("seed=4.5&scenario=zzz&n=99"), known).problems).toHaveLength(3);
  });
});
