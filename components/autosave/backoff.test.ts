import { describe, expect, it } from "vitest";
import { MAX_RETRY_MS, retryDelay } from "./backoff";

describe("retry backoff", () => {
  it("doubles from one second and stops growing at the cap", () => {
    expect([1, 2, 3, 4, 5].map(retryDelay)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
    expect(retryDelay(6)).toBe(MAX_RETRY_MS);
    expect(retryDelay(1_000)).toBe(MAX_RETRY_MS);
    expect(retryDelay(0)).toBe(1_000);
  });
});
