import { describe, expect, it } from "vitest";
import { snippet } from "./snippet";

const marked = (parts: ReturnType<typeof snippet>) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join("");

describe("snippet", () => {
  it("marks every word the query matched, whole words, whatever their case", () => {
    expect(marked(snippet("Fencing stops a deposed leader; the fence token is an epoch.", ["fenc"]))).toBe(
      "[Fencing] stops a deposed leader; the [fence] token is an epoch.",
    );
  });

  it("does not mark a term inside another word", () => {
    expect(marked(snippet("A quorum of replicas, not a subquorum.", ["quorum"]))).toBe(
      "A [quorum] of replicas, not a subquorum.",
    );
  });

  it("centres a long text on the first match, cut at spaces, with ellipses where text was left out", () => {
    const text = `${"lorem ipsum ".repeat(40)}the split brain happens here ${"dolor sit ".repeat(40)}`;
    const result = marked(snippet(text, ["split", "brain"], 80));
    expect(result).toMatch(/^…lorem|^…ipsum/);
    expect(result).toContain("[split] [brain] happens here");
    expect(result.endsWith("…")).toBe(true);
    expect(result.length).toBeLessThanOrEqual(80 + 2 + 4 + 2);
  });

  it("shows the start of the text when the query matched only the title", () => {
    expect(marked(snippet("Leaders and followers, one write at a time.", ["galera"]))).toBe(
      "Leaders and followers, one write at a time.",
    );
  });

  it("reads regular-expression characters in a query as text", () => {
    expect(marked(snippet("Set w+r > n for overlap.", ["w+r", "("]))).toBe("Set [w+r] > n for overlap.");
  });
});
