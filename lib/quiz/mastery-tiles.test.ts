import { describe, expect, it } from "vitest";
import { masteryTiles } from "./mastery-tiles";

describe("masteryTiles", () => {
  it("puts the weakest concepts first, then alphabetically, each with its level as a word and a step of four", () => {
    const tiles = masteryTiles([
      { concept: "quorum", level: "mastered" },
      { concept: "fencing", level: "attempted" },
      { concept: "lag", level: "familiar" },
      { concept: "failover", level: "attempted" },
    ]);
    expect(tiles.map((t) => `${t.concept} ${t.label} ${t.step}`)).toEqual([
      "failover Attempted 1",
      "fencing Attempted 1",
      "lag Familiar 2",
      "quorum Mastered 4",
    ]);
  });

  it("has no tiles before any answer", () => {
    expect(masteryTiles([])).toEqual([]);
  });
});
