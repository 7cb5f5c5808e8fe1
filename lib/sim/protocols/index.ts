/**
 * Protocol registry. Adding a protocol: write `protocols/<name>.ts` exporting a
 * stateless `Protocol` object (its state is plain data built by `init`, see
 * protocol.ts), add it here and to the `topology.protocol` enum in scenario.ts.
 * Its `ops` names the client operations it implements; the core fails the others.
 */
import type { Protocol } from "../protocol";
import type { Scenario } from "../scenario";
import { chainProtocol } from "./chain";
import { createGalera } from "./galera";
import { createLeaderless } from "./leaderless";
import { fromLegacy } from "./legacy";
import { createMultiMaster } from "./multi-master";
import { raftProtocol } from "./raft";
import { createSingleLeader } from "./single-leader";

export const protocols: Record<Scenario["topology"]["protocol"], Protocol> = {
  "single-leader": fromLegacy("single-leader", createSingleLeader, false),
  leaderless: fromLegacy("leaderless", createLeaderless, true),
  chain: chainProtocol,
  "multi-master": fromLegacy("multi-master", createMultiMaster, true),
  galera: fromLegacy("galera", createGalera, false),
  raft: raftProtocol,
};
