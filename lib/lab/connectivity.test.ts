import { describe, expect, it } from "vitest";
import { cutText } from "./connectivity";

const nodes = ["S1", "S2", "S3", "S4", "S5"];
const cutOff = (who: string, from: readonly string[]) => from.map((to) => ({ from: who, to }));

describe("a node card's word for the network's cuts", () => {
  it("calls only the cut-off node partitioned; the majority each say whom they lost", () => {
    const cuts = cutOff("S5", ["S1", "S2", "S3", "S4"]);
    expect(cutText("S5", nodes, cuts)).toBe("partitioned");
    expect(cutText("S1", nodes, cuts)).toBe("cut from S5");
    expect(cutText("S3", nodes, [])).toBe("");
  });

  it("counts a one-way cut, and says how many when more than one peer is lost", () => {
    const cuts = [...cutOff("S1", ["S2", "S3"]), { from: "S4", to: "S1" }];
    expect(cutText("S1", nodes, cuts)).toBe("cut from 3 of 4");
    expect(cutText("S4", nodes, cuts)).toBe("cut from S1");
    expect(cutText("S5", nodes, cuts)).toBe("");
  });
});
