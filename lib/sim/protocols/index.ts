/**
 * Protocol registry. Adding a protocol: write `protocols/<name>.ts` exporting a
 * `ProtocolFactory`, add it here and to the `topology.protocol` enum in scenario.ts.
 * Its `ops` names the client operations it implements; the core fails the others.
 */
import type { ProtocolFactory } from "../protocol";
import type { Scenario } from "../scenario";
import { createChain } from "./chain";
import { createGalera } from "./galera";
import { createLeaderless } from "./leaderless";
import { createMultiMaster } from "./multi-master";
import { createSingleLeader } from "./single-leader";

export const protocols: Record<Scenario["topology"]["protocol"], ProtocolFactory> = {
  "single-leader": createSingleLeader,
  leaderless: createLeaderless,
  chain: createChain,
  "multi-master": createMultiMaster,
  galera: createGalera,
};
