/** Registry of scenario-question generators, by the name questions declare. */
import { chainMiddleLoss, githubLoss } from "./chain-github";
import { galeraCertification, galeraPartitionWrite } from "./galera";
import { leaderlessRead } from "./leaderless";
import { lwwSkew, siblings } from "./multi-master";
import {
  raftFigure8Loss,
  raftFiveFailures,
  raftLeaseRead,
  raftMinorityWrite,
  raftPreVote,
  raftSlowFollower,
} from "./raft";
import { failoverWrite, lostWriteCount, replicaReadLinearizable, semiSyncWait, staleRead } from "./single-leader";
import type { Generator } from "./types";

const all: readonly Generator[] = [
  staleRead,
  replicaReadLinearizable,
  failoverWrite,
  lostWriteCount,
  semiSyncWait,
  galeraCertification,
  galeraPartitionWrite,
  leaderlessRead,
  lwwSkew,
  siblings,
  chainMiddleLoss,
  githubLoss,
  raftFigure8Loss,
  raftMinorityWrite,
  raftFiveFailures,
  raftLeaseRead,
  raftPreVote,
  raftSlowFollower,
];

export const generators: Readonly<Record<string, Generator>> = Object.fromEntries(all.map((g) => [g.name, g]));

export type { AnswerSpace, ChoiceOption, Generator, Params, ProbeResult } from "./types";
