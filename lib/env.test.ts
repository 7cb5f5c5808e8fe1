import { afterEach, describe, expect, it, vi } from "vitest";
import { env, parseEnv, startupProblems } from "./env";

const SECRET = "a-session-secret-of-at-least-32-chars";

const errorsOf = (source: Record<string, string>) => {
  const parsed = parseEnv(source);
  return parsed.success ? [] : parsed.errors;
};

describe("parseEnv", () => {
  it("gives the defaults when nothing is set", () => {
    expect(parseEnv({})).toEqual({
      success: true,
      data: { NODE_ENV: "development", TRUSTED_PROXY_HOPS: 0, QUORUM_DEBUG_MIGRATE: false },
    });
  });

  it("treats a blank value as unset, so FOO= in a .env file means the default", () => {
    expect(parseEnv({ TRUSTED_PROXY_HOPS: " ", NEXTAUTH_URL: "", NODE_ENV: "" })).toMatchObject({
      success: true,
      data: { TRUSTED_PROXY_HOPS: 0, NODE_ENV: "development" },
    });
    const parsed = parseEnv({ NEXTAUTH_URL: "" });
    expect(parsed.success && parsed.data.NEXTAUTH_URL).toBeUndefined();
  });

  it("reads well-formed values", () => {
    const parsed = parseEnv({
      NODE_ENV: "production",
      TRUSTED_PROXY_HOPS: "2",
      NEXTAUTH_URL: " https://quorum.example.org ",
      NEXTAUTH_SECRET: SECRET,
      QUORUM_DEBUG_MIGRATE: "1",
    });
    expect(parsed).toMatchObject({
      success: true,
      data: {
        NODE_ENV: "production",
        TRUSTED_PROXY_HOPS: 2,
        NEXTAUTH_URL: "https://quorum.example.org",
        NEXTAUTH_SECRET: SECRET,
        QUORUM_DEBUG_MIGRATE: true,
      },
    });
  });

  it("refuses a hop count that is not a whole number from 0 to 10, naming the variable", () => {
    for (const bad of ["lots", "1.5", "-1", "11"]) {
      expect(errorsOf({ TRUSTED_PROXY_HOPS: bad })).toEqual([
        expect.stringMatching(/^TRUSTED_PROXY_HOPS: must be a whole number from 0 to 10/),
      ]);
    }
  });

  it("refuses a public URL that is not an absolute http(s) URL", () => {
    for (const bad of ["quorum.example.org", "ftp://quorum.example.org", "https//quorum"]) {
      expect(errorsOf({ NEXTAUTH_URL: bad })).toEqual([
        expect.stringMatching(/^NEXTAUTH_URL: must be the site's public http\(s\) URL/),
      ]);
    }
    expect(errorsOf({ NEXTAUTH_URL: "http://localhost:3000" })).toEqual([]);
  });

  it("refuses a short session secret and an unknown NODE_ENV", () => {
    expect(errorsOf({ NEXTAUTH_SECRET: "short" })).toEqual([
      expect.stringMatching(/^NEXTAUTH_SECRET: must be at least 32 characters/),
    ]);
    expect(errorsOf({ AUTH_SECRET: "short" })).toEqual([
      expect.stringMatching(/^AUTH_SECRET: must be at least 32 characters/),
    ]);
    expect(errorsOf({ NODE_ENV: "staging" })).toEqual(["NODE_ENV: must be development, production or test"]);
  });

  it("gives one line per bad variable when several are wrong", () => {
    const errors = errorsOf({ TRUSTED_PROXY_HOPS: "x", NEXTAUTH_URL: "nope", NEXTAUTH_SECRET: "short" });
    expect(errors.map((line) => line.split(":")[0]).sort()).toEqual([
      "NEXTAUTH_SECRET",
      "NEXTAUTH_URL",
      "TRUSTED_PROXY_HOPS",
    ]);
  });

  it("ignores variables it does not know", () => {
    expect(parseEnv({ PATH: "/usr/bin", SOMETHING_ELSE: "x" })).toMatchObject({ success: true });
  });
});

describe("startupProblems", () => {
  it("requires a session secret in production only", () => {
    expect(startupProblems({ NODE_ENV: "production" })).toEqual([
      expect.stringMatching(/^NEXTAUTH_SECRET: is required in production/),
    ]);
    expect(startupProblems({ NODE_ENV: "production", AUTH_SECRET: SECRET })).toEqual([]);
    expect(startupProblems({ NODE_ENV: "development" })).toEqual([]);
  });

  it("reports malformed variables before the missing secret", () => {
    expect(startupProblems({ NODE_ENV: "production", TRUSTED_PROXY_HOPS: "many" })).toEqual([
      expect.stringMatching(/^TRUSTED_PROXY_HOPS:/),
    ]);
  });
});

describe("env", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("sees a variable changed after the first read", () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    expect(env().TRUSTED_PROXY_HOPS).toBe(1);
    vi.stubEnv("TRUSTED_PROXY_HOPS", "3");
    expect(env().TRUSTED_PROXY_HOPS).toBe(3);
  });

  it("throws naming the variable when the environment is invalid", () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "lots");
    expect(() => env()).toThrow(/TRUSTED_PROXY_HOPS: must be a whole number/);
  });
});
