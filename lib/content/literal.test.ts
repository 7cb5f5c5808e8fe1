import type { Node } from "estree";
import { parse } from "acorn";
import { describe, expect, it } from "vitest";
import { evaluateLiteral } from "./literal";

const evaluate = (code: string) => evaluateLiteral(parse(code, { ecmaVersion: 2022 }) as unknown as Node);

describe("evaluateLiteral", () => {
  it("reads plain literals, arrays, objects and negative numbers", () => {
    expect(evaluate('["lag", 2, -3, true, null, { a: "b", "c": [1] }, `t`]')).toEqual({
      success: true,
      data: ["lag", 2, -3, true, null, { a: "b", c: [1] }, "t"],
    });
  });

  it("refuses anything that would need running code", () => {
    for (const code of ["makeControls()", "a + 1", "[...xs]", "`${x}`", "({ [k]: 1 })", "window", "!true"]) {
      expect(evaluate(code).success, code).toBe(false);
    }
  });
});
