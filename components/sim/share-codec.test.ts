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

  it("reads ?seed= on its own and rejects junk", () => {
    expect(readLabParams(params("seed=42"), known)).toEqual({ seed: 42, problems: [] });
    expect(readLabParams(params("seed=4.5&scenario=zzz&n=99"), known).problems).toHaveLength(3);
  });
});
