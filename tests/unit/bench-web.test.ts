import { describe, expect, it } from "vitest";
import { actionFormFields } from "../../bench/web/browser-client";
import { parseOptions } from "../../bench/web/options";
import { percentile } from "../../bench/web/stats";

describe("bench:web flags", () => {
  it("measures the working tree for 60 s with 20 candidates unless told otherwise", () => {
    const parsed = parseOptions([], "/repo");
    expect(parsed.ok && parsed.options).toMatchObject({
      appDir: "/repo",
      seconds: 60,
      candidates: 20,
      connections: 50,
      lesson: "single-leader-replication",
    });
    expect(parsed.ok && [...parsed.options.parts]).toEqual(["lessons", "weight", "dynamic", "grading", "browser"]);
  });

  it("refuses more candidates than one address may sign up in an hour, and durations out of range", () => {
    for (const args of [
      ["--candidates", "46"],
      ["--seconds", "1"],
      ["--seconds", "1e9"],
      ["--connections", "0"],
      ["--only", "lessons,nope"],
      ["--typo", "1"],
    ]) {
      const parsed = parseOptions(args, "/repo");
      expect(parsed.ok, args.join(" ")).toBe(false);
    }
  });

  it("takes a quick subset and an older commit, but not a commit and a directory at once", () => {
    const quick = parseOptions(["--only", "dynamic", "--seconds", "10", "--commit", "6fe0d6d"], "/repo");
    expect(
      quick.ok && { parts: [...quick.options.parts], seconds: quick.options.seconds, commit: quick.options.commit },
    ).toEqual({ parts: ["dynamic"], seconds: 10, commit: "6fe0d6d" });
    expect(parseOptions(["--commit", "HEAD~3", "--app-dir", "x"], "/repo").ok).toBe(false);
    expect(parseOptions(["--commit", "HEAD; rm -rf /"], "/repo").ok).toBe(false);
  });
});

describe("submitting a server-action form without JavaScript", () => {
  it("sends back React's hidden action fields with their HTML entities decoded, and no other inputs", () => {
    const html =
      '<form action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_REF_1"/>' +
      '<input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;40ab&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>' +
      '<input type="hidden" name="$ACTION_1:1" value="[{&quot;error&quot;:null}]"/><input type="hidden" name="$ACTION_KEY" value="k3&amp;x"/>' +
      '<input type="hidden" name="quizId" value="single-leader-basics"/><input type="radio" name="mode" value="solo"/></form>';
    expect(actionFormFields(html)).toEqual([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"40ab","bound":"$@1"}'],
      ["$ACTION_1:1", '[{"error":null}]'],
      ["$ACTION_KEY", "k3&x"],
    ]);
  });
});

describe("percentiles", () => {
  it("uses the nearest rank, so a p99 of 100 samples is the 99th smallest", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([], 99)).toBe(0);
  });
});
