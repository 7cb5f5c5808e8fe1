/**
 * Diagram names, titles and text alternatives. The drawings live in
 * components/diagrams/ and are typed against DIAGRAM_NAMES, so a name here
 * without a drawing (or the reverse) fails to compile.
 */
import { PHASES, STANDARD_MINUTES } from "@/lib/interview/phases";

export const DIAGRAMS = {
  "single-leader-fanout": {
    title: "A leader fans its log out to followers and a relay replica",
    alt: "The leader writes to its log and streams it to two followers and to a relay replica; the relay replica streams it on to two more followers. Clients write to the leader and read from any follower.",
  },
  "semi-sync-ack": {
    title: "Semi-synchronous commit in MySQL",
    alt: "Sequence: the client sends COMMIT to the source; the source writes its binlog and sends the transaction to the replica; the replica writes it to its relay log and acknowledges; only then does the source commit and reply OK. The replica applies the transaction later.",
  },
  "github-2018-timeline": {
    title: "GitHub, 21 October 2018",
    alt: "Timeline: a 43-second partition cuts the East Coast data center off; during it Orchestrator promotes West Coast primaries; application writes then go to the West Coast for about 12 hours, until the primaries are re-established in the East at 11:12 UTC on 22 October; East Coast writes from a few seconds before the cut are not on the West Coast; the service is degraded for 24 hours 11 minutes in all.",
  },
  "split-brain-fencing": {
    title: "Fencing a zombie leader with epochs",
    alt: "The old leader, still at epoch 1, sends a write to storage and is rejected because storage has already accepted a write from the new leader at epoch 2.",
  },
  "multi-master-conflict": {
    title: "Two masters, one row",
    alt: "Master A sets price to 10 and master B sets price to 12 at the same time. After the changes cross, A holds 12 and B holds 10: the copies have diverged without any error.",
  },
  "write-ownership": {
    title: "Row ownership with interleaved ids",
    alt: "Master 1 writes only rows with odd ids and master 2 only rows with even ids; each replicates its rows to the other, so both hold every row and never write the same one.",
  },
  "galera-certification": {
    title: "Galera: write-set, total order, certification",
    alt: "A transaction runs on node A; at commit its write-set is broadcast in total order to nodes A, B and C; each node runs the same certification test and reaches the same verdict; A commits and replies, B and C apply the write-set.",
  },
  "quorum-overlap": {
    title: "Quorum overlap with N = 3, W = 2, R = 2",
    alt: "Three replicas. The write reached replicas 1 and 2; the read asked replicas 2 and 3. Replica 2 belongs to both sets, so the read sees the latest write.",
  },
  "merkle-tree": {
    title: "Anti-entropy with Merkle trees",
    alt: "Two replicas compare a tree of hashes. The roots differ, the left subtrees match and are skipped, the right subtrees differ, and only the one differing key range is copied.",
  },
  "chain-replication": {
    title: "Chain replication",
    alt: "A write enters at the head, passes to the middle node and then the tail; the tail replies to the client and answers reads. Acknowledgements flow back from the tail to the head.",
  },
  "interview-phases": {
    title: "A 45-minute interview in four phases",
    alt: `A timeline of ${STANDARD_MINUTES} minutes: ${PHASES.map((p) => `${p.label.toLowerCase()} from ${p.startMin} to ${p.endMin}`).join(", ")}.`,
  },
  "linearizable-history": {
    title: "A linearizable history and its linearization points",
    alt: "Time runs left to right. Alice writes x = 1 from 1 to 9 ms. Bob reads 0 from 2 to 4 ms, Carol reads 1 from 6 to 8 ms, Bob reads 1 again from 10 to 12 ms. Dots mark one point inside each operation, at 3, 5, 7 and 11 ms; in that order every read returns the latest write before it.",
  },
  "raft-roles": {
    title: "Raft: follower, candidate, leader",
    alt: "A follower whose election timeout fires becomes a candidate, increments its term and votes for itself. A candidate with a majority of votes becomes leader; one that sees a leader or a higher term returns to follower; a split vote times out into a new election. A leader that sees a higher term, or with check-quorum loses contact with a majority, returns to follower.",
  },
  "raft-figure-eight": {
    title: "Why a Raft leader does not commit an old-term entry by counting replicas",
    alt: "Left: S1 leads term 4 and has copied the term-2 entry at index 2 to S2 and S3, three of five servers; its own term-4 entry at index 3 is only on S1. Right: S1 crashes; S5, whose last entry is from term 3, wins votes from S2, S3 and S4 and overwrites index 2 on every server with its term-3 entry.",
  },
  "hash-ring": {
    title: "Consistent hashing with virtual nodes",
    alt: "A ring with nine virtual nodes, three each for servers A, B and C, interleaved. A key hashes to a point just before A3, so A stores it, followed by the next distinct servers clockwise, C and then B. Removing server C hands each of its three arcs to the next virtual node clockwise, spreading its keys over A and B.",
  },
  "fan-out": {
    title: "Fan-out on write versus fan-out on read",
    alt: "On write, a new post is copied into every follower's timeline list, so reading is one lookup. On read, posts stay with their authors and the timeline is merged from every followed account at read time.",
  },
} as const satisfies Record<string, { title: string; alt: string }>;

export type DiagramName = keyof typeof DIAGRAMS;
export const DIAGRAM_NAMES = Object.keys(DIAGRAMS) as DiagramName[];
