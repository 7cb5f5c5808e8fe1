import { describe, expect, it } from "vitest";
import { assignmentInputSchema, fieldErrors, parseEmailList, type ItemCatalog } from "./schema";

const catalog: ItemCatalog = {
  lesson: [{ ref: "intro", title: "Intro" }],
  quiz: [{ ref: "intro-quiz", title: "Intro quiz" }],
  lab: [{ ref: "split-brain", title: "Split brain" }],
  interview: [{ ref: "url-shortener", title: "URL shortener" }],
};
const now = new Date("2030-01-01T00:00:00Z");
const schema = assignmentInputSchema(catalog, now);
const base = {
  title: " Week 1 ",
  instructions: "Do it",
  dueAt: "2030-01-08T12:00Z",
  seedMode: "pinned",
  pinnedSeed: "42",
  items: [
    { kind: "lesson", ref: "intro" },
    { kind: "quiz", ref: "intro-quiz", task: "ignored" },
    { kind: "lab", ref: "split-brain", task: "Which node kept the writes?" },
    { kind: "interview", ref: "url-shortener" },
  ],
};

describe("assignmentInputSchema", () => {
  it("accepts real refs, trims, keeps the pinned seed and drops tasks outside lab items", () => {
    const r = schema.safeParse(base);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.title).toBe("Week 1");
    expect(r.data.pinnedSeed).toBe(42);
    expect(r.data.items[1]?.task).toBe("");
    expect(r.data.items[2]?.task).toBe("Which node kept the writes?");
  });

  it("rejects unknown refs, lab items without a task, past due dates and bad pinned seeds, by field", () => {
    const r = schema.safeParse({
      ...base,
      dueAt: "2029-12-31T00:00Z",
      pinnedSeed: "0",
      items: [
        { kind: "quiz", ref: "intro" },
        { kind: "lab", ref: "split-brain", task: "  " },
      ],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    const errors = fieldErrors(r.error);
    expect(errors.dueAt).toMatch(/future/);
    expect(errors.pinnedSeed).toMatch(/1 to 1,000,000/);
    expect(errors["items.0.ref"]).toMatch(/not a known quiz/);
    expect(errors["items.1.task"]).toMatch(/needs a task/);
  });

  it("needs 1 to 20 items and a title; per-candidate ignores the pinned seed", () => {
    expect(schema.safeParse({ ...base, items: [] }).success).toBe(false);
    expect(
      schema.safeParse({ ...base, items: Array.from({ length: 21 }, () => ({ kind: "lesson", ref: "intro" })) })
        .success,
    ).toBe(false);
    expect(schema.safeParse({ ...base, title: "   " }).success).toBe(false);
    const r = schema.safeParse({ ...base, seedMode: "per-candidate", pinnedSeed: "" });
    expect(r.success && r.data.pinnedSeed).toBe(null);
    expect(schema.safeParse({ ...base, seedMode: "pinned", pinnedSeed: "1000001" }).success).toBe(false);
  });
});

describe("assignmentInputSchema with broken fields", () => {
  it("reports an empty due date and an unknown kind as field errors instead of throwing", () => {
    const r = schema.safeParse({ ...base, dueAt: "", items: [{ kind: "video", ref: "x" }] });
    expect(r.success).toBe(false);
    if (r.success) return;
    const errors = fieldErrors(r.error);
    expect(errors.dueAt).toBe("Choose a due date.");
    expect(errors["items.0.kind"]).toBe("Choose what kind of item this is.");
  });

  it("refuses a due time without a zone offset, which the server could only read in its own zone", () => {
    for (const dueAt of ["2030-01-08T12:00", "2030-01-08 12:00", "January 8, 2030"]) {
      const r = schema.safeParse({ ...base, dueAt });
      expect(r.success).toBe(false);
      if (!r.success) expect(fieldErrors(r.error).dueAt).toBe("The due date is not a valid date.");
    }
    expect(schema.safeParse({ ...base, dueAt: "2030-01-08T12:00:00.000+01:00" }).success).toBe(true);
  });
});

describe("parseEmailList", () => {
  it("splits on lines, commas and spaces, lowercases and de-duplicates", () => {
    expect(parseEmailList("A@x.io, b@y.org\n a@X.io ;c@z.dev")).toEqual({
      success: true,
      data: ["a@x.io", "b@y.org", "c@z.dev"],
    });
    expect(parseEmailList("  ")).toEqual({ success: true, data: [] });
  });

  it("names every malformed address", () => {
    const r = parseEmailList("ok@x.io, nope, also@bad");
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.invalid).toEqual(["nope", "also@bad"]);
    expect(r.error).toContain("“nope”");
    expect(r.error).toContain("“also@bad”");
  });
});
