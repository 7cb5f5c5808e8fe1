import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { THEME_SCRIPT } from "@/lib/theme-script";
import { contentSecurityPolicy, isStaticPage } from "./csp";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("lets scripts run on per-request pages only by this request's nonce or the theme script's hash", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", https: false, dev: false });
    const scripts = directive(policy, "script-src") ?? "";
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).toContain(`'sha256-${createHash("sha256").update(THEME_SCRIPT).digest("base64")}'`);
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("forbids framing, plugins and foreign form targets on every page", () => {
    for (const nonce of ["n", null]) {
      const policy = contentSecurityPolicy({ nonce, https: false, dev: false });
      expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
      expect(directive(policy, "object-src")).toBe("object-src 'none'");
      expect(directive(policy, "form-action")).toBe("form-action 'self'");
      expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
    }
  });

  it("upgrades insecure requests only when served over HTTPS", () => {
    expect(contentSecurityPolicy({ nonce: "n", https: true, dev: false })).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "n", https: false, dev: false })).not.toContain("upgrade-insecure-requests");
  });

  it("treats only the lesson pages as generated at build time", () => {
    expect(isStaticPage("/learn/what-is-replication")).toBe(true);
    expect(isStaticPage("/learn")).toBe(false);
    expect(isStaticPage("/interviews/abc")).toBe(false);
    expect(isStaticPage("/learn/a/b")).toBe(false);
  });
});

describe("servedOverHttps", () => {
  it("follows NEXTAUTH_URL's scheme", async () => {
    const { servedOverHttps } = await import("./https");
    const saved = process.env.NEXTAUTH_URL;
    try {
      process.env.NEXTAUTH_URL = "https://quorum.example.org";
      expect(servedOverHttps()).toBe(true);
      process.env.NEXTAUTH_URL = "http://localhost:3000";
      expect(servedOverHttps()).toBe(false);
      delete process.env.NEXTAUTH_URL;
      expect(servedOverHttps()).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.NEXTAUTH_URL;
      else process.env.NEXTAUTH_URL = saved;
    }
  });
});
