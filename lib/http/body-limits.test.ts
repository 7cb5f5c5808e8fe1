import { describe, expect, it } from "vitest";
import { SERVER_ACTION_BODY_BYTES } from "./body-limits";

type Config = { default: { experimental?: { serverActions?: { bodySizeLimit?: string } } } };

describe("SERVER_ACTION_BODY_BYTES", () => {
  it("is the limit next.config.js gives Next for server action bodies", async () => {
    const config = (await import(new URL("../../next.config.js", import.meta.url).href)) as Config;
    const limit = config.default.experimental?.serverActions?.bodySizeLimit ?? "";
    const match = /^(\d+)kb$/.exec(limit);
    expect(match, `bodySizeLimit "${limit}" is written as <n>kb`).not.toBeNull();
    expect(Number(match?.[1]) * 1024).toBe(SERVER_ACTION_BODY_BYTES);
  });
});
