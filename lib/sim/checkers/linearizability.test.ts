import { describe, expect, it } from "vitest";
import { cas, history, read, write } from "./history-builder";
import { checkLinearizability, minimizeHistory } from "./linearizability";

const verdict = (h: ReturnType<typeof history>) => checkLinearizability(h).linearizable;

describe("checkLinearizability", () => {
  it("accepts the empty history and a sequential one", () => {
    expect(verdict(history())).toBe(true);
    expect(
      verdict(
        history(
          write("c1", "x", 1, 0, 1),
          read("c1", "x", 1, 2, 3),
          cas("c1", "x", 1, 2, 4, 5),
          read("c2", "x", 2, 6, 7),
        ),
      ),
    ).toBe(true);
  });

  it("reads null from a key nobody wrote", () => {
    expect(verdict(history(read("c1", "x", null, 0, 1)))).toBe(true);
    expect(verdict(history(read("c1", "x", 7, 0, 1)))).toBe(false);
  });

  it("accepts either order for concurrent ops", () => {
    expect(verdict(history(write("c1", "x", 1, 0, 10), read("c2", "x", 1, 2, 5), read("c3", "x", null, 3, 4)))).toBe(
      true,
    );
  });

  it("rejects a stale read after a completed write and explains it", () => {
    const h = history(write("c2", "x", 1, 0, 10), write("c1", "x", 2, 90, 100), read("c3", "x", 1, 120, 130));
    const result = checkLinearizability(h);
    expect(result.linearizable).toBe(false);
    const [v] = result.violations;
    expect(v?.opIds[0]).toBe(2);
    expect([...(v?.opIds ?? [])].sort()).toEqual([0, 1, 2]);
    expect(v?.explanation).toContain("read x → 1 by c3 at [120, 130] cannot be ordered");
    expect(v?.explanation).toContain("write x=2 by c1 at [90, 100] completed at 100, before the read began");
    expect(v?.explanation).toContain("no later write set x back to 1");
    expect(v?.at).toBe(130);
  });

  it("rejects two reads observing two writes in opposite orders", () => {
    const h = history(
      write("w1", "x", 1, 0, 100),
      write("w2", "x", 2, 0, 100),
      read("a", "x", 1, 10, 20),
      read("a", "x", 2, 30, 40),
      read("b", "x", 2, 10, 20),
      read("b", "x", 1, 30, 40),
    );
    const result = checkLinearizability(h);
    expect(result.linearizable).toBe(false);
    expect(result.violations[0]?.explanation).toMatch(/both orders cannot hold|cannot be ordered/);
  });

  it("follows compare-and-set semantics", () => {
    // cas succeeded although the value was 2, not 1
    expect(verdict(history(write("c1", "x", 2, 0, 1), cas("c2", "x", 1, 3, 2, 3)))).toBe(false);
    // cas succeeded from the initial null
    expect(verdict(history(cas("c2", "x", null, 3, 0, 1), read("c1", "x", 3, 2, 3)))).toBe(true);
    // a successful cas must have taken effect: reading the old value afterwards is stale
    expect(verdict(history(write("c1", "x", 1, 0, 1), cas("c2", "x", 1, 2, 2, 3), read("c1", "x", 1, 4, 5)))).toBe(
      false,
    );
    // two cas from the same value cannot both succeed
    expect(verdict(history(write("c1", "x", 1, 0, 1), cas("c2", "x", 1, 2, 2, 10), cas("c3", "x", 1, 3, 2, 10)))).toBe(
      false,
    );
    // ... unless one wrote back the value the other compared against
    expect(
      verdict(
        history(
          write("c1", "x", 1, 0, 1),
          cas("c2", "x", 1, 2, 2, 10),
          cas("c3", "x", 2, 1, 2, 10),
          cas("c4", "x", 1, 5, 2, 10),
        ),
      ),
    ).toBe(true);
  });

  it("drops failed ops: a failed write did not happen, a failed read tells nothing", () => {
    expect(
      verdict(history(write("c1", "x", 1, 0, 1), write("c2", "x", 2, 2, 3, "fail"), read("c1", "x", 1, 4, 5))),
    ).toBe(true);
    expect(verdict(history(write("c1", "x", 1, 0, 1), read("c2", "x", 9, 2, 3, "fail")))).toBe(true);
    expect(
      verdict(history(write("c1", "x", 1, 0, 1), write("c2", "x", 2, 2, 3, "fail"), read("c1", "x", 2, 4, 5))),
    ).toBe(false);
  });

  it("treats a failed cas as 'saw another value' only when asked to", () => {
    const h = history(write("c1", "x", 1, 0, 1), cas("c2", "x", 1, 2, 2, 3, "fail"), read("c1", "x", 1, 4, 5));
    expect(checkLinearizability(h).linearizable).toBe(true);
    expect(checkLinearizability(h, { failedCas: "compare-failed" }).linearizable).toBe(false);
  });

  it("lets an indeterminate op take effect any time after its invocation, or never", () => {
    // took effect long after the client gave up
    expect(
      verdict(history(write("c1", "x", 1, 0, null, "info"), read("c2", "x", null, 5, 6), read("c2", "x", 1, 500, 501))),
    ).toBe(true);
    // never took effect
    expect(verdict(history(write("c1", "x", 1, 0, null, "info"), read("c2", "x", null, 500, 501)))).toBe(true);
    // but not before it was invoked
    expect(verdict(history(read("c2", "x", 1, 0, 5), write("c1", "x", 1, 10, null, "info")))).toBe(false);
    // an indeterminate cas only swaps when its compare matches
    expect(
      verdict(history(write("c1", "x", 1, 0, 1), cas("c2", "x", 1, 2, 2, null, "info"), read("c3", "x", 2, 10, 11))),
    ).toBe(true);
    expect(
      verdict(history(write("c1", "x", 5, 0, 1), cas("c2", "x", 1, 2, 2, null, "info"), read("c3", "x", 2, 10, 11))),
    ).toBe(false);
  });

  it("treats ops touching at one instant as concurrent", () => {
    expect(verdict(history(write("c1", "x", 1, 0, 10), read("c2", "x", null, 10, 12)))).toBe(true);
  });

  it("checks keys independently and names the key", () => {
    const h = history(
      write("c1", "x", 1, 0, 1),
      write("c1", "y", 1, 2, 3),
      read("c2", "y", null, 4, 5),
      read("c2", "x", 1, 6, 7),
    );
    const result = checkLinearizability(h);
    expect(result.linearizable).toBe(false);
    expect(result.keys.map((k) => [k.key, k.linearizable])).toEqual([
      ["x", true],
      ["y", false],
    ]);
    expect(result.violations[0]?.key).toBe("y");
  });

  it("returns unknown when the step budget runs out", () => {
    const h = history(write("c1", "x", 1, 0, 10), write("c2", "x", 2, 0, 10), read("c3", "x", 2, 20, 30));
    expect(checkLinearizability(h, { maxSteps: 2 }).linearizable).toBe("unknown");
  });
});

describe("minimizeHistory", () => {
  it("shrinks a stale read buried in noise to the ops that matter", () => {
    const h = history(
      write("c1", "x", 1, 0, 10),
      read("c4", "x", 1, 11, 12),
      write("c5", "y", 1, 11, 12),
      write("c1", "x", 2, 20, 30),
      read("c4", "x", 2, 31, 32),
      read("c5", "y", 1, 40, 41),
      read("c3", "x", 1, 50, 60),
      write("c6", "x", 3, 70, 80),
    );
    const core = minimizeHistory(h);
    expect(core.map((op) => op.id).sort()).toEqual([0, 3, 6]);
    expect(checkLinearizability(core).linearizable).toBe(false);
  });

  it("returns a linearizable history's ops unchanged", () => {
    const h = history(write("c1", "x", 1, 0, 10), read("c2", "x", 1, 11, 12));
    expect(minimizeHistory(h)).toEqual([...h]);
  });
});
