/**
 * Built-in scenarios: plain data, validated once when this module loads.
 * The lessons and the lab read titles and descriptions from `listScenarios()`.
 */
import { defineScenario, type Scenario, type ScenarioInput } from "../scenario";
import { chainBasic, chainLong, chainMiddleFailure } from "./chain";
import {
  galeraArbitrator,
  galeraCertificationRace,
  galeraHotRow,
  galeraPartition,
  galeraSlowNode,
  galeraStaleRead,
  galeraTwoNodeSplit,
  galeraWriteThroughput,
  galeraWriteThroughputSingle,
} from "./galera";
import { github2018 } from "./github-2018";
import { lagStaleRead } from "./lag-stale-read";
import { sandbox } from "./sandbox";
import {
  leaderlessFailedWrite,
  leaderlessHintedHandoff,
  leaderlessQuorum,
  leaderlessReadRepairBackground,
  leaderlessReadRepairBlocking,
  leaderlessSloppy,
  leaderlessW1R1,
} from "./leaderless";
import {
  raftFigure8,
  raftFigure8Unsafe,
  raftFiveLoseTwoThenThree,
  raftFlapping,
  raftFlappingPreVote,
  raftLab,
  raftLeaderCrash,
  raftLeaseDrift,
  raftMinorityLeader,
  raftSlowFollower,
} from "./raft";
import {
  multiMasterCounter,
  multiMasterLwwSkew,
  multiMasterNoOwnership,
  multiMasterOwnership,
  multiMasterSiblings,
} from "./multi-master";
import { semiSyncFallback } from "./semi-sync-fallback";
import { splitBrain } from "./split-brain";
import { splitBrainFenced } from "./split-brain-fenced";
import { syncNoLoss } from "./sync-no-loss";

const inputs: Record<string, ScenarioInput> = {
  sandbox,
  "lag-stale-read": lagStaleRead,
  "split-brain": splitBrain,
  "split-brain-fenced": splitBrainFenced,
  "github-2018": github2018,
  "semi-sync-fallback": semiSyncFallback,
  "sync-no-loss": syncNoLoss,
  "leaderless-quorum": leaderlessQuorum,
  "leaderless-w1r1": leaderlessW1R1,
  "leaderless-sloppy": leaderlessSloppy,
  "leaderless-failed-write": leaderlessFailedWrite,
  "leaderless-hinted-handoff": leaderlessHintedHandoff,
  "leaderless-read-repair-background": leaderlessReadRepairBackground,
  "leaderless-read-repair-blocking": leaderlessReadRepairBlocking,
  "chain-basic": chainBasic,
  "chain-middle-failure": chainMiddleFailure,
  "chain-long": chainLong,
  "multi-master-lww-skew": multiMasterLwwSkew,
  "multi-master-siblings": multiMasterSiblings,
  "multi-master-counter": multiMasterCounter,
  "multi-master-ownership": multiMasterOwnership,
  "multi-master-no-ownership": multiMasterNoOwnership,
  "galera-write-throughput": galeraWriteThroughput,
  "galera-write-throughput-single": galeraWriteThroughputSingle,
  "galera-slow-node": galeraSlowNode,
  "galera-partition": galeraPartition,
  "galera-two-node-split": galeraTwoNodeSplit,
  "galera-arbitrator": galeraArbitrator,
  "galera-hot-row": galeraHotRow,
  "galera-certification-race": galeraCertificationRace,
  "galera-stale-read": galeraStaleRead,
  "raft-leader-crash": raftLeaderCrash,
  "raft-minority-leader": raftMinorityLeader,
  "raft-figure-8": raftFigure8,
  "raft-figure-8-unsafe": raftFigure8Unsafe,
  "raft-flapping": raftFlapping,
  "raft-flapping-prevote": raftFlappingPreVote,
  "raft-slow-follower": raftSlowFollower,
  "raft-five-lose-two-then-three": raftFiveLoseTwoThenThree,
  "raft-lease-drift": raftLeaseDrift,
  "raft-lab": raftLab,
};

export const scenarios: Record<string, Scenario> = Object.fromEntries(
  Object.entries(inputs).map(([name, input]) => [name, defineScenario(input)]),
);

export interface ScenarioListing {
  readonly name: string;
  readonly title: string;
  readonly description: string;
}

export function listScenarios(): ScenarioListing[] {
  return Object.entries(scenarios).map(([name, s]) => ({
    name,
    title: s.title ?? name,
    description: s.description ?? "",
  }));
}

export const scenarioNames = (): string[] => Object.keys(scenarios);
