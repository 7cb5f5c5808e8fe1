import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("uses the address Next's server wrote when the app is reached directly", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "::ffff:203.0.113.7" }), 0)).toBe("203.0.113.7");
  });

  it("behind one proxy takes the entry that proxy appended, not what the client claimed before it", () => {
    const headers = new Headers({ "x-forwarded-for": "10.9.9.9, 198.51.100.4" });
    expect(clientAddress(headers, 1)).toBe("198.51.100.4");
  });

  it("behind two proxies takes the client the outer one saw", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 198.51.100.4, 10.0.0.2" };
    expect(clientAddress(headers, 2)).toBe("198.51.100.4");
  });

  it("falls back to one shared bucket when nothing names the client", () => {
    expect(clientAddress({}, 0)).toBe("unknown");
  });
});
