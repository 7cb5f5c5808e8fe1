import { describe, expect, it } from "vitest";
import { advanceHead, currentBranch, initialTree, recordAction, selectBranch, wouldFork } from "./branches";

const e = (at: number, step: number) => ({ at, step, action: { type: "crash" as const, node: "A" } });

describe("branches", () => {
  it("appends at the head of the current branch", () => {
    let t = initialTree();
    t = advanceHead(t, 500);
    t = recordAction(t, 0, e(500, 10));
    expect(t.branches).toHaveLength(1);
    expect(currentBranch(t).actions).toHaveLength(1);
  });

  it("forks when acting at an earlier moment, keeping the old branch", () => {
    let t = recordAction(advanceHead(initialTree(), 500), 0, e(500, 10));
    t = advanceHead(t, 2000);
    expect(wouldFork(t, 0, 200)).toBe(true);
    t = recordAction(t, 0, e(200, 4));
    expect(t.branches).toHaveLength(2);
    const fork = currentBranch(t);
    expect(fork.parentId).toBe("b1");
    expect(fork.forkedAt).toBe(200);
    expect(fork.actions).toEqual([e(200, 4)]);
    expect(t.branches[0]?.actions).toEqual([e(500, 10)]);
    expect(t.branches[0]?.headTime).toBe(2000);
    expect(currentBranch(selectBranch(t, "b1")).id).toBe("b1");
  });

  it("keeps the applied prefix when forking after some recorded actions", () => {
    let t = recordAction(advanceHead(initialTree(), 100), 0, e(100, 2));
    t = recordAction(advanceHead(t, 300), 1, e(300, 8));
    t = advanceHead(t, 900);
    t = recordAction(t, 1, e(150, 3));
    expect(currentBranch(t).actions).toEqual([e(100, 2), e(150, 3)]);
  });
});
