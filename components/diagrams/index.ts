import type { ComponentType } from "react";
import type { DiagramName } from "@/lib/content/diagram-catalog";
import { FanOut, InterviewPhases, ChainReplication } from "./design-diagrams";
import { LinearizableHistory, RaftFigureEight, RaftRoles } from "./consensus-diagrams";
import {
  GaleraCertification,
  HashRing,
  MerkleTree,
  MultiMasterConflict,
  QuorumOverlap,
  WriteOwnership,
} from "./multi-writer-diagrams";
import { GithubTimeline, SemiSyncAck, SingleLeaderFanout, SplitBrainFencing } from "./replication-diagrams";

/** One drawing per catalogued name: a missing or extra entry fails to compile. */
export const DIAGRAM_COMPONENTS: Record<DiagramName, ComponentType> = {
  "single-leader-fanout": SingleLeaderFanout,
  "semi-sync-ack": SemiSyncAck,
  "github-2018-timeline": GithubTimeline,
  "split-brain-fencing": SplitBrainFencing,
  "multi-master-conflict": MultiMasterConflict,
  "write-ownership": WriteOwnership,
  "galera-certification": GaleraCertification,
  "quorum-overlap": QuorumOverlap,
  "merkle-tree": MerkleTree,
  "chain-replication": ChainReplication,
  "interview-phases": InterviewPhases,
  "fan-out": FanOut,
  "linearizable-history": LinearizableHistory,
  "raft-roles": RaftRoles,
  "raft-figure-eight": RaftFigureEight,
  "hash-ring": HashRing,
};
