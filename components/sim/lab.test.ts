/** A shared run is not simulated while the page renders on the server, only once the lab mounts (issue 18). */
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MAX_RUN_TIME_MS } from "@/lib/sim";
import { Lab } from "./lab";

describe("a shared run on the server", () => {
  const shared = { scenario: "galera-write-throughput", seed: 1, nodes: 9, actions: [], time: MAX_RUN_TIME_MS };

  it("is not simulated while the page renders: the server shows time 0", () => {
    const html = renderToString(createElement(Lab, { scenario: shared.scenario, shared }));
    expect(html).toContain("t = 0.000 s");
  });
});
