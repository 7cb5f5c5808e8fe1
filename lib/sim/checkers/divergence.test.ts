import { describe, expect, it } from "vitest";
import { checkDivergence } from "./divergence";

describe("checkDivergence", () => {
  it("accepts converged replicas", () => {
    expect(checkDivergence({ n1: { x: 1, y: "a" }, n2: { x: 1, y: "a" }, n3: { y: "a", x: 1 } })).toEqual([]);
  });

  it("reports each key whose values differ, grouping nodes", () => {
    const v = checkDivergence({ n1: { x: 1, y: 2 }, n2: { x: 1, y: 3 }, n3: { x: 2, y: 2 } }, 500);
    expect(v.map((x) => x.key)).toEqual(["x", "y"]);
    expect(v[0]).toMatchObject({ checker: "divergence", opIds: [], at: 500 });
    expect(v[0]?.explanation).toBe("Replicas disagree on x after quiescence: n1, n2 hold 1; n3 holds 2.");
  });

  it("treats a missing key as null", () => {
    expect(checkDivergence({ n1: { x: null }, n2: {} })).toEqual([]);
    expect(checkDivergence({ n1: { x: 1 }, n2: {} })).toHaveLength(1);
  });
});
