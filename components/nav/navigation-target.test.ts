import { describe, expect, it } from "vitest";
import { navigationTarget, type ClickLike } from "./navigation-target";

const here = { href: "https://quorum.example/learn/failover-and-fencing?x=1" };

function click(href: string | null, overrides: Partial<ClickLike> = {}, attributes: Record<string, string> = {}) {
  const anchor =
    href === null ? null : { href, target: attributes.target ?? "", hasAttribute: (n: string) => n in attributes };
  const target = { closest: () => anchor };
  return { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, target, ...overrides };
}

describe("navigationTarget", () => {
  it("starts on a plain click on a link to another page or query of this site", () => {
    expect(navigationTarget(click("/dashboard"), here)).toBe(true);
    expect(navigationTarget(click("https://quorum.example/learn/failover-and-fencing?x=2"), here)).toBe(true);
  });

  it("ignores a jump within the page, another site, a new tab, a download and modified or middle clicks", () => {
    expect(navigationTarget(click("#split-brain"), here)).toBe(false);
    expect(navigationTarget(click("https://quorum.example/learn/failover-and-fencing?x=1#a"), here)).toBe(false);
    expect(navigationTarget(click("https://raft.github.io/"), here)).toBe(false);
    expect(navigationTarget(click("/dashboard", {}, { target: "_blank" }), here)).toBe(false);
    expect(navigationTarget(click("/export.csv", {}, { download: "" }), here)).toBe(false);
    expect(navigationTarget(click("/dashboard", { ctrlKey: true }), here)).toBe(false);
    expect(navigationTarget(click("/dashboard", { button: 1 }), here)).toBe(false);
  });

  it("ignores a click outside any link", () => {
    expect(navigationTarget(click(null), here)).toBe(false);
    expect(navigationTarget({ ...click("/x"), target: null }, here)).toBe(false);
  });
});
