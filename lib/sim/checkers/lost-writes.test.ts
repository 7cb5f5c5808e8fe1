import { describe, expect, it } from "vitest";
import { cas, history, write } from "./history-builder";
import { checkLostWrites } from "./lost-writes";

describe("checkLostWrites", () => {
  const h = history(
    write("c1", "x", 1, 0, 5),
    write("c2", "x", 2, 6, 10),
    cas("c1", "x", 2, 3, 11, 12),
    write("c3", "x", 9, 13, null, "info"),
    write("c3", "y", 8, 13, 14, "fail"),
  );

  it("flags acknowledged writes and cas missing from the converged history", () => {
    const v = checkLostWrites(h, [{ key: "x", value: 1 }]);
    expect(v.map((x) => x.opIds[0])).toEqual([1, 2]);
    expect(v[0]).toMatchObject({ checker: "lost-writes", key: "x", at: 10 });
    expect(v[0]?.explanation).toContain("write x=2 by c2");
  });

  it("never flags indeterminate or failed writes", () => {
    expect(
      checkLostWrites(
        h,
        [1, 2, 3].map((value) => ({ key: "x", value })),
      ),
    ).toEqual([]);
  });

  it('keeps 1 and "1" apart, and keys apart', () => {
    expect(checkLostWrites(history(write("c1", "x", 1, 0, 1)), [{ key: "x", value: "1" }])).toHaveLength(1);
    expect(checkLostWrites(history(write("c1", "x", 1, 0, 1)), [{ key: "y", value: 1 }])).toHaveLength(1);
  });
});
