import { describe, expect, it } from "vitest";
import { passwordWeakness, strongSignUpSchema } from "./password-strength";

const form = (password: string) => ({ name: "Grace Hopper", email: "grace.hopper@example.com", password });

describe("the sign-up password rule", () => {
  it.each([
    ["a common password padded to length", "password1234", "a small change to a common password"],
    ["a keyboard row", "qwertyuiop[]", "a row of keys"],
    ["one repeated character", "aaaaaaaaaaaa", "repeats the same characters"],
  ])("refuses %s and says why", (_label, password, reason) => {
    expect(passwordWeakness(password)).toContain(reason);
  });

  it("refuses fewer than 12 characters however random they look", () => {
    const parsed = strongSignUpSchema.safeParse(form("qz8#Lm2@vR5"));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("Use at least 12 characters.");
  });

  it("counts the user's own email as an easy guess", () => {
    expect(strongSignUpSchema.safeParse(form("gracehopper12")).success).toBe(false);
  });

  it("accepts a few unrelated words", () => {
    expect(strongSignUpSchema.safeParse(form("lagging replica fences")).success).toBe(true);
  });
});
