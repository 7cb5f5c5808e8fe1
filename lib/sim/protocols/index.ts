/**
 * Protocol registry. Adding a protocol: write `protocols/<name>.ts` exporting a
 * `ProtocolFactory`, add it here and to the `topology.protocol` enum in scenario.ts.
 */
import type { ProtocolFactory } from "../protocol";
import type { Scenario } from "../scenario";
import { createChain } from "./chain";
import { createLeaderless } from "./leaderless";
import { createSingleLeader } from "./single-leader";

export const protocols: Record<Scenario["topology"]["protocol"], ProtocolFactory> = {
  "single-leader": createSingleLeader,
  leaderless: createLeaderless,
  chain: createChain,
};
