import { describe, expect, it } from "vitest";
import { parseJepsenLog } from "./jepsen-log";

const line = (p: number | string, type: string, f: string, value: string) =>
  `INFO  jepsen.util - ${p}\t:${type}\t:${f}\t${value}`;

describe("parseJepsenLog", () => {
  it("parses reads, writes and cas into a single-key history with event-index times", () => {
    const text = [
      line(0, "invoke", "read", "nil"),
      line(1, "invoke", "write", "3"),
      line(0, "ok", "read", "nil"),
      line(1, "ok", "write", "3"),
      line(2, "invoke", "cas", "[3 4]"),
      line(2, "fail", "cas", "[3 4]"),
    ].join("\n");
    const result = parseJepsenLog(text);
    expect(result).toEqual({
      success: true,
      data: [
        {
          id: 0,
          client: "0",
          key: "x",
          input: { f: "read" },
          outcome: "ok",
          output: null,
          invokedAt: 0,
          completedAt: 2,
        },
        { id: 1, client: "1", key: "x", input: { f: "write", value: 3 }, outcome: "ok", invokedAt: 1, completedAt: 3 },
        {
          id: 2,
          client: "2",
          key: "x",
          input: { f: "cas", from: 3, to: 4 },
          outcome: "fail",
          invokedAt: 4,
          completedAt: 5,
        },
      ],
    });
  });

  it("turns timeouts and ops still in flight into info ops that never complete", () => {
    const text = [
      line(3, "invoke", "cas", "[1 2]"),
      line(4, "invoke", "write", "1"),
      line(3, "info", "cas", ":timed-out"),
    ].join("\n");
    const result = parseJepsenLog(text);
    if (!result.success) throw new Error(result.error);
    expect(result.data.map((op) => [op.id, op.outcome, op.completedAt])).toEqual([
      [0, "info", null],
      [1, "info", null],
    ]);
    expect(result.data[0]?.input).toEqual({ f: "cas", from: 1, to: 2 });
  });

  it("tolerates blank lines, CRLF, extra spaces and other log lines", () => {
    const text = `\n  INFO jepsen.util -  7   :invoke  :read  nil  \r\nINFO  jepsen.core - Run complete\r\n\nINFO  jepsen.util - 7\t:ok\t:read\t12\n`;
    const result = parseJepsenLog(text);
    expect(result.success && result.data[0]).toMatchObject({ client: "7", output: 12, invokedAt: 0, completedAt: 1 });
  });

  it("gives a process that invokes again after info a fresh client name", () => {
    const text = [
      line(1, "invoke", "write", "1"),
      line(1, "info", "write", ":timed-out"),
      line(1, "invoke", "read", "nil"),
      line(1, "ok", "read", "1"),
    ].join("\n");
    const result = parseJepsenLog(text);
    expect(result.success && result.data.map((op) => op.client)).toEqual(["1", "1~2"]);
  });

  it("reports malformed events with their line number", () => {
    expect(parseJepsenLog(["", line(0, "invoke", "write", "abc")].join("\n"))).toEqual({
      success: false,
      error: 'line 2: write value must be an integer or nil, got "abc"',
    });
    expect(parseJepsenLog(line(0, "ok", "read", "1"))).toEqual({
      success: false,
      error: "line 1: process 0 completed an operation it never invoked",
    });
    expect(
      parseJepsenLog([line(0, "invoke", "read", "nil"), line(0, "invoke", "read", "nil")].join("\n")),
    ).toMatchObject({ success: false, error: expect.stringMatching(/^line 2: /) as unknown });
    expect(parseJepsenLog([line(0, "invoke", "cas", "[1]")].join("\n"))).toMatchObject({
      success: false,
      error: expect.stringMatching(/^line 1: cas value/) as unknown,
    });
    expect(parseJepsenLog([line(0, "invoke", "read", "nil"), line(0, "ok", "read", "x")].join("\n"))).toMatchObject({
      success: false,
    });
  });
});
