import { describe, expect, it } from "vitest";
import { history, read, write } from "./history-builder";
import { checkMonotonicReads, checkReadYourWrites } from "./session";

describe("checkReadYourWrites", () => {
  it("flags a read older than the client's own acknowledged write (derived order)", () => {
    const h = history(write("c0", "x", 1, 0, 5), write("c1", "x", 2, 10, 20), read("c1", "x", 1, 30, 40));
    const v = checkReadYourWrites(h);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ checker: "read-your-writes", key: "x", opIds: [2, 1], at: 40 });
    expect(v[0]?.explanation).toContain("read x → 1 by c1 at [30, 40]");
  });

  it("accepts reading its own write or something newer, and other clients' stale reads", () => {
    const h = history(
      write("c1", "x", 1, 0, 5),
      read("c1", "x", 1, 6, 7),
      write("c2", "x", 2, 8, 9),
      read("c1", "x", 2, 10, 11),
      read("c3", "x", null, 12, 13),
    );
    expect(checkReadYourWrites(h)).toEqual([]);
  });

  it("flags a read of the initial null after the client's own write", () => {
    expect(checkReadYourWrites(history(write("c1", "x", 1, 0, 5), read("c1", "x", null, 6, 7)))).toHaveLength(1);
  });

  it("stays silent when the derived order is ambiguous, but uses versionOf when given", () => {
    // the two writes overlap: without versions we cannot tell which is newer
    const h = history(write("c2", "x", 2, 0, 20), write("c1", "x", 1, 5, 10), read("c1", "x", 2, 30, 40));
    expect(checkReadYourWrites(h)).toEqual([]);
    const versions: Record<string, number> = { "1": 2, "2": 1 };
    expect(checkReadYourWrites(h, { versionOf: (_k, v) => versions[String(v)] })).toHaveLength(1);
  });

  it("ignores failed writes", () => {
    expect(
      checkReadYourWrites(
        history(write("c0", "x", 1, 0, 1), write("c1", "x", 2, 2, 3, "fail"), read("c1", "x", 1, 4, 5)),
      ),
    ).toEqual([]);
  });
});

describe("checkMonotonicReads", () => {
  it("flags a later read that returns an older value than an earlier one", () => {
    const h = history(
      write("w", "x", 1, 0, 5),
      write("w", "x", 2, 6, 10),
      read("c1", "x", 2, 11, 12),
      read("c1", "x", 1, 13, 14),
    );
    const v = checkMonotonicReads(h);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ checker: "monotonic-reads", key: "x", opIds: [3, 2], at: 14 });
  });

  it("accepts reads moving forward, repeated values, and keys read separately", () => {
    const h = history(
      write("w", "x", 1, 0, 5),
      write("w", "y", 7, 0, 5),
      read("c1", "x", null, 1, 2),
      read("c1", "x", 1, 6, 7),
      read("c1", "x", 1, 8, 9),
      read("c1", "y", 7, 10, 11),
    );
    expect(checkMonotonicReads(h)).toEqual([]);
  });

  it("does not compare different clients", () => {
    const h = history(write("w", "x", 1, 0, 5), read("c1", "x", 1, 6, 7), read("c2", "x", null, 8, 9));
    expect(checkMonotonicReads(h)).toEqual([]);
  });

  it("uses versionOf when given", () => {
    const h = history(read("c1", "x", "b", 0, 1), read("c1", "x", "a", 2, 3));
    expect(checkMonotonicReads(h)).toEqual([]);
    const v = checkMonotonicReads(h, { versionOf: (_k, value) => (value === "a" ? 1 : value === "b" ? 2 : undefined) });
    expect(v).toHaveLength(1);
    expect(v[0]?.explanation).toContain('"b"');
  });
});
