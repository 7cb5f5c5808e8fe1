import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { faultArb } from "./fault-arbitraries";
import { formatAction, parseActionLine, parseActionScript } from "./fault-syntax";

describe("textual fault syntax", () => {
  it("parses the documented forms", () => {
    const r = parseActionScript(`
      at 5000 cut [A] from [B,C]   # both ways
      at 6000 cut [A] -> [B]
      at 48000 heal
      at 20000 crash B
      at 30000 promote B
      at 31000 fencing on
      at 32000 lag C 5000
      at 33000 mode semi-sync
      at 34000 write x on A as alice
      at 35000 read x near B
    `);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data).toEqual([
      { at: 5000, type: "cut", from: ["A"], to: ["B", "C"] },
      { at: 6000, type: "cut", from: ["A"], to: ["B"], oneWay: true },
      { at: 48000, type: "heal" },
      { at: 20000, type: "crash", node: "B" },
      { at: 30000, type: "promote", node: "B" },
      { at: 31000, type: "set-fencing", enabled: true },
      { at: 32000, type: "set-lag", node: "C", lagMs: 5000 },
      { at: 33000, type: "set-mode", mode: "semi-sync" },
      { at: 34000, type: "write", key: "x", node: "A", client: "alice" },
      { at: 35000, type: "read", key: "x", near: "B" },
    ]);
  });

  it("explains bad lines", () => {
    const bad = parseActionLine("at 5000 explode A");
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.message).toContain('unknown action "explode"');
    const noSets = parseActionLine("at 5000 cut A B");
    expect(noSets.success).toBe(false);
    const script = parseActionScript("at 1 heal\nat x crash A");
    expect(script.success).toBe(false);
    if (!script.success) expect(script.error.message).toContain("line 2");
  });

  it("format then parse gives the action back (property)", () => {
    fc.assert(
      fc.property(faultArb(), (a) => {
        const r = parseActionLine(formatAction(a));
        expect(r.success).toBe(true);
        if (r.success)
          expect(r.data).toEqual(a.type === "cut" && !a.oneWay ? (({ oneWay: _o, ...rest }) => rest)(a) : a);
      }),
      { numRuns: 200 },
    );
  });
});
