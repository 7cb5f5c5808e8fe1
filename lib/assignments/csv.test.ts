import { describe, expect, it } from "vitest";
import { assignmentCsv, csvField, csvFilename } from "./csv";
import { formatDuration } from "../dates";
import { scoreText, type TableItem, type TableRow } from "./table";

const items: TableItem[] = [
  { id: "i1", position: 0, kind: "quiz", ref: "q", title: "Lag, basics", task: "" },
  { id: "i2", position: 1, kind: "lab", ref: "split-brain", title: "Split brain", task: "Why?" },
];

const row = (over: Partial<TableRow>): TableRow => ({
  memberId: "m1",
  name: "Cara",
  email: "cara@example.com",
  inviteToken: null,
  seed: 3,
  status: "submitted",
  submittedAt: "2030-01-02T03:04:05.000Z",
  reviewedAt: null,
  feedback: null,
  cells: [
    { itemId: "i1", status: "done", score: 7.5, maxScore: 10, timeSpentMs: 90_000 },
    { itemId: "i2", status: "in-progress", score: null, maxScore: null, timeSpentMs: 30_000 },
  ],
  ...over,
});

describe("csvField", () => {
  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("a=b")).toBe("a=b");
  });
});

describe("assignmentCsv", () => {
  it("writes a header, one CRLF-terminated row per candidate and per-item columns", () => {
    const csv = assignmentCsv(items, [
      row({}),
      row({
        memberId: "m2",
        name: null,
        email: "x@example.com",
        status: "overdue",
        submittedAt: null,
        cells: [],
        feedback: "=cmd()",
      }),
    ]);
    const lines = csv.split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
    expect(lines[0]).toContain('"1. Quiz: Lag, basics — score"');
    expect(lines[0]?.endsWith("Feedback")).toBe(true);
    expect(lines[1]).toBe(
      "Cara,cara@example.com,Submitted,2030-01-02T03:04:05.000Z,,2,Done,7.5,10,1.5,In progress,,,0.5,",
    );
    expect(lines[2]).toBe("(invited),x@example.com,Overdue,,,0,Not started,,,0,Not started,,,0,'=cmd()");
  });

  it("exports an interview item's rubric mean with one decimal, as the table shows it", () => {
    const interview: TableItem = { id: "i3", position: 2, kind: "interview", ref: "p", title: "Chat", task: "" };
    const csv = assignmentCsv(
      [interview],
      [row({ cells: [{ itemId: "i3", status: "done", score: 10 / 3, maxScore: 4, timeSpentMs: 0 }] })],
    );
    expect(csv.split("\r\n")[1]).toContain(",Done,3.3,4,");
  });
});

describe("formatting", () => {
  it("names files from titles", () => {
    expect(csvFilename("Replication: Basics (week 1)")).toBe("replication-basics-week-1.csv");
    expect(csvFilename("«»")).toBe("assignment.csv");
  });

  it("reads durations and scores", () => {
    expect(formatDuration(0)).toBe("—");
    expect(formatDuration(40_000)).toBe("40 s");
    expect(formatDuration(12 * 60_000)).toBe("12 min");
    expect(formatDuration(65 * 60_000)).toBe("1 h 05 min");
    expect(scoreText({ itemId: "i", status: "done", score: 7.5, maxScore: 10, timeSpentMs: 0 }, "quiz")).toBe(
      "7.5 / 10",
    );
    expect(scoreText({ itemId: "i", status: "done", score: null, maxScore: null, timeSpentMs: 0 }, "lab")).toBe("Done");
  });

  it("reads an interview item's rubric mean with one decimal, and its points from before the rubric as points", () => {
    const cell = (score: number, maxScore: number) => ({
      itemId: "i",
      status: "done" as const,
      score,
      maxScore,
      timeSpentMs: 0,
    });
    expect(scoreText(cell(10 / 3, 4), "interview")).toBe("3.3 / 4");
    expect(scoreText(cell(3, 4), "interview")).toBe("3.0 / 4");
    expect(scoreText(cell(7, 10), "interview")).toBe("7 / 10");
    expect(scoreText(cell(3, 4), "quiz")).toBe("3 / 4");
  });
});
