/**
 * Protocol registry. Adding a protocol: write `protocols/<name>.ts` exporting a
 * stateless `Protocol` object (its state is plain data built by `init`, see
 * protocol.ts and the README), add it here and to the `topology.protocol` enum in scenario.ts.
 * Its `ops` names the client operations it implements; the core fails the others.
 */
import type { Protocol } from "../protocol";
import type { Scenario } from "../scenario";
import { chainProtocol } from "./chain";
import { galeraProtocol } from "./galera";
import { leaderlessProtocol } from "./leaderless";
import { multiMasterProtocol } from "./multi-master";
import { raftProtocol } from "./raft";
import { singleLeaderProtocol } from "./single-leader";

export const protocols: Record<Scenario["topology"]["protocol"], Protocol> = {
  "single-leader": singleLeaderProtocol,
  leaderless: leaderlessProtocol,
  chain: chainProtocol,
  "multi-master": multiMasterProtocol,
  galera: galeraProtocol,
  raft: raftProtocol,
};
