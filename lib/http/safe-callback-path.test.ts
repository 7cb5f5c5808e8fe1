import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { authRedirect, safeCallbackPath } from "./safe-callback-path";

describe("safeCallbackPath", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeCallbackPath("/assignments/abc")).toBe("/assignments/abc");
    expect(safeCallbackPath("/learn?q=lag#top")).toBe("/learn?q=lag#top");
    expect(safeCallbackPath("/sign-in?callbackUrl=%2Fteach")).toBe("/sign-in?callbackUrl=%2Fteach");
  });

  it("sends the tab trick from the issue home instead of to another host", () => {
    // callbackUrl=%2F%09%2Fevil.example%2Fphish, as the sign-in page receives it decoded.
    expect(safeCallbackPath("/\t/evil.example/phish")).toBe("/");
  });

  it.each([
    ["protocol-relative", "//evil.example/x"],
    ["backslash", "/\\evil.example"],
    ["absolute", "https://evil.example/"],
    ["javascript", "javascript:alert(1)"],
    ["newline", "/dash\nboard"],
    ["non-ASCII", "/learn/é"],
    ["space", "/a b"],
    ["dot segments reaching //", "/a/..//evil.example"],
    ["empty", ""],
  ])("sends %s callbacks home", (_label, raw) => {
    expect(safeCallbackPath(raw)).toBe("/");
  });

  it("never yields anything but a single-slash path on this site, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.string().map((s) => `/${s}`),
          fc.webUrl(),
          fc.webPath(),
        ),
        (raw) => {
          const out = safeCallbackPath(raw);
          expect(out.startsWith("/")).toBe(true);
          expect(out.startsWith("//")).toBe(false);
          expect(/^[\x21-\x7e]+$/.test(out)).toBe(true);
          expect(new URL(out, "https://example.org").origin).toBe("https://example.org");
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("authRedirect", () => {
  const base = "http://localhost:3000";
  it("keeps relative paths and absolute URLs on the site's origin", () => {
    expect(authRedirect("/dashboard", base)).toBe("http://localhost:3000/dashboard");
    expect(authRedirect("http://localhost:3000/teach?x=1", base)).toBe("http://localhost:3000/teach?x=1");
  });
  it("sends other hosts and the tab trick home", () => {
    expect(authRedirect("https://evil.example/phish", base)).toBe("http://localhost:3000/");
    expect(authRedirect("/\t/evil.example/phish", base)).toBe("http://localhost:3000/");
    expect(authRedirect("http://localhost:3001/", base)).toBe("http://localhost:3000/");
  });
});
