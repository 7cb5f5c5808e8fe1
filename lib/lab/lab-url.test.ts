import { describe, expect, it } from "vitest";
import { scenarios } from "@/lib/sim";
import { encodeShare } from "@/lib/sim/share-codec";
import { currentBranch } from "./branches";
import { decodeTree, encodeTree, labAddress, MAX_ADDRESS_LENGTH, readLabAddress, runLink } from "./lab-url";
import { act, advanceTo, createRun, rerunWith } from "./lab-run";

const names = Object.keys(scenarios);

function twoBranchRun() {
  const run = createRun("sandbox", scenarios.sandbox!);
  advanceTo(run, 500);
  act(run, { type: "write", key: "x", value: 1, node: "A", client: "you@A" });
  advanceTo(run, 1500);
  rerunWith(run, { type: "set-fencing", enabled: true }, "fencing on");
  return run;
}

const codeOf = (run: ReturnType<typeof twoBranchRun>, time: number) =>
  encodeShare({ scenario: "sandbox", seed: 1, actions: currentBranch(run.tree).actions, time });

describe("the lab's address", () => {
  it("round-trips the branch list: same branches, labels, parents, actions and current branch", () => {
    const run = twoBranchRun();
    const code = encodeTree(run.tree);
    expect(code).toBeDefined();
    expect(decodeTree(code!)).toEqual({ success: true, data: run.tree });
  });

  it("reads run, branch list and demo step back from an address it wrote", () => {
    const run = twoBranchRun();
    const url = new URL(labAddress(codeOf(run, 1200), run.tree, 3) ?? "", "http://x");
    const a = readLabAddress(Object.fromEntries(url.searchParams), names);
    expect(a.problems).toEqual([]);
    expect(a.shared?.time).toBe(1200);
    expect(a.tree).toEqual(run.tree);
    expect(a.demo).toBe(3);
  });

  it("leaves the branch list out of a one-branch run, and out of an address it would make too long to load", () => {
    const run = createRun("sandbox", scenarios.sandbox!);
    expect(labAddress("abc", run.tree, undefined)).toBe("/lab?run=abc");
    const two = twoBranchRun();
    expect(labAddress("abc", two.tree, undefined)).toMatch(/&tree=/);
    const long = "A".repeat(MAX_ADDRESS_LENGTH - 20);
    expect(labAddress(long, two.tree, undefined)).toBe(`/lab?run=${long}`);
    expect(labAddress(long + "A".repeat(20), two.tree, undefined)).toBeUndefined();
  });

  it("rejects what it cannot read with a message, and never throws", () => {
    const run = twoBranchRun();
    const over = "A".repeat(MAX_ADDRESS_LENGTH + 1);
    const read = (raw: Record<string, string | string[]>) => readLabAddress(raw, names).problems.join(" | ");
    expect(read({ run: over })).toMatch(
      /run code is out of range: it is 15,001 characters long, and the lab reads at most 15,000/,
    );
    expect(read({ scenario: "no-such-thing" })).toMatch(/unknown scenario "no-such-thing"/);
    expect(read({ scenario: "x".repeat(500) })).toMatch(/scenario name is out of range/);
    expect(read({ demo: "99" })).toMatch(/demo step must be a whole number from 0 to 6/);
    expect(read({ seed: ["1", "2"] })).toMatch(/more than once/);
    expect(read({ run: codeOf(run, 0), tree: "%%%" })).toMatch(/branch list is not valid base64url/);
    // A branch list from another run does not replace this one's.
    const other = encodeShare({ scenario: "sandbox", seed: 1, actions: [], time: 0 });
    expect(read({ run: other, tree: encodeTree(run.tree)! })).toMatch(/does not match its run/);
    expect(readLabAddress({ run: other, tree: encodeTree(run.tree)! }, names).tree).toBeUndefined();
  });
});

describe("where a run came from", () => {
  const origin = { from: "quiz", title: "What happens to the write?", back: "/quiz/attempts/a1#result-q1" } as const;

  it("travels in the link, is read back, and stays in the address the lab writes", () => {
    const url = new URL(runLink("abc", origin), "http://x");
    const read = readLabAddress(Object.fromEntries(url.searchParams), names);
    expect(read.origin).toEqual(origin);
    expect(labAddress("abc", createRun("sandbox", scenarios.sandbox!).tree, undefined, origin)).toBe(
      runLink("abc", origin),
    );
  });

  it("names a submission's run as well as a question's", () => {
    const submission = {
      from: "submission",
      title: "Ada: Stale read",
      back: "/teach/assignments/a/members/m#item-i",
    } as const;
    const url = new URL(runLink("abc", submission), "http://x");
    expect(readLabAddress(Object.fromEntries(url.searchParams), names).origin).toEqual(submission);
  });

  it("never links back off the site, and cuts an over-long title", () => {
    for (const back of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"])
      expect(readLabAddress({ from: "quiz", title: "t", back }, names).origin).toBeUndefined();
    expect(readLabAddress({ from: "elsewhere", title: "t", back: "/" }, names).problems.join()).toMatch(
      /where the link came from could not be read/,
    );
    const long = new URL(runLink("abc", { ...origin, title: "x".repeat(1000) }), "http://x");
    expect(readLabAddress(Object.fromEntries(long.searchParams), names).origin?.title).toMatch(/^x{299}…$/);
  });
});
