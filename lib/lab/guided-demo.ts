/**
 * The lab's guided demo: the classic sequence (lag → stale read → cut → promote → split brain → fencing replay) as
 * steps, each naming the control to use and checking, from the run itself (the current branch's action log, its
 * history and its anomalies), that the user really did it. Pure: the lab's view asks `demoStepDone` as the run changes.
 */
import type { ActionLogEntry, Operation } from "@/lib/sim";
import type { Anomaly } from "./anomalies";
import type { Branch } from "./branches";

/** Where a step points: the lab control group (its legend) to highlight and scroll into view. */
export type DemoTarget = "Replica apply lag" | "Client" | "Network" | "Node" | "Fencing";

export interface DemoStep {
  readonly title: string;
  /** What to do, naming the control. */
  readonly instruction: string;
  /** What the user should notice once it is done. */
  readonly outcome: string;
  readonly target: DemoTarget;
}

/** What a step's check reads: the run as the lab shows it now. */
export interface DemoRun {
  /** The scenario's designated leader (A in the sandbox). */
  readonly leader: string;
  readonly branch: Branch;
  readonly history: readonly Operation[];
  readonly anomalies: readonly Anomaly[];
}

/** A replica slowed by at least this much gives a read time to land before it applies the write. */
export const DEMO_MIN_LAG_MS = 1000;

const actionsOf = (run: DemoRun) => run.branch.actions.map((e: ActionLogEntry) => e.action);

function cutIndex(run: DemoRun): number {
  return actionsOf(run).findIndex((a) => a.type === "cut" && isolates(a, run.leader));
}

/** The leader is alone on its side of the cut. */
function isolates(a: { from: readonly string[]; to: readonly string[] }, leader: string): boolean {
  const side = a.from.includes(leader) ? a.from : a.to.includes(leader) ? a.to : [];
  return side.length === 1;
}

function promotedAfterCut(run: DemoRun): boolean {
  const cut = cutIndex(run);
  return cut >= 0 && actionsOf(run).some((a, i) => i > cut && a.type === "promote" && a.node !== run.leader);
}

/** A split brain in which both leaders acknowledged a write: its writes were taken on two different nodes. */
function bothLeadersAcknowledged(run: DemoRun): boolean {
  const node = new Map(run.history.map((o) => [o.id, o.node]));
  return run.anomalies.some(
    (a) => a.kind === "two-leaders" && new Set(a.opIds.map((id) => node.get(id)).filter(Boolean)).size >= 2,
  );
}

/** A what-if replay with fencing on: a new branch whose first action turns fencing on at time 0. */
function fencedReplay(run: DemoRun): boolean {
  const first = run.branch.actions[0];
  return (
    run.branch.parentId !== null &&
    first !== undefined &&
    first.at === 0 &&
    first.action.type === "set-fencing" &&
    first.action.enabled &&
    promotedAfterCut(run)
  );
}

export const DEMO_STEPS: readonly (DemoStep & { readonly done: (run: DemoRun) => boolean })[] = [
  {
    title: "Slow a replica down",
    instruction: "Under “Replica apply lag”, drag B's slider to the right (or focus it and press End).",
    outcome: "B now applies what it receives seconds late: its card shows the lag once writes arrive.",
    target: "Replica apply lag",
    done: (run) =>
      actionsOf(run).some((a) => a.type === "set-lag" && a.node !== run.leader && a.lagMs >= DEMO_MIN_LAG_MS),
  },
  {
    title: "Read the past",
    instruction:
      "Under “Client”, write x=5 to A, press +100 ms, then read x from B (pick B as the node) before B catches up.",
    outcome: "The read on B returned nothing although A had acknowledged x=5: a stale read, marked ⚠ on the timeline.",
    target: "Client",
    done: (run) => run.anomalies.some((a) => a.kind === "stale-read"),
  },
  {
    title: "Cut the leader off",
    instruction: "Under “Network”, tick only A and press Cut [A] from [B,C].",
    outcome: "A can no longer reach its replicas, but nobody has told A: it still thinks it leads.",
    target: "Network",
    done: (run) => cutIndex(run) >= 0,
  },
  {
    title: "Promote a replica",
    instruction: "Under “Node”, pick B and press Promote B, as an operator (or a failover tool) would.",
    outcome: "B leads a new epoch, and A, cut off, still leads the old one: two nodes think they are the leader.",
    target: "Node",
    done: promotedAfterCut,
  },
  {
    title: "Split brain: write to both",
    instruction: "Press +1 s a few times, then under “Client” write y=7 to A and y=8 to B, and press +100 ms.",
    outcome:
      "Both leaders acknowledged a write to y: when the cut heals, one side's acknowledged writes are thrown away.",
    target: "Client",
    done: bothLeadersAcknowledged,
  },
  {
    title: "Replay with fencing on",
    instruction:
      "Under “Fencing”, press “Replay this run with fencing on”: the same actions, replayed as a new branch.",
    outcome:
      "With leases, majority elections and epoch checks, A's write is refused (fenced) and the two-leaders anomaly is " +
      "gone. Fencing stops two leaders; asynchronous replication can still lose what was never shipped.",
    target: "Fencing",
    done: fencedReplay,
  },
];

/**
 * The step to show: the first from `from` whose check fails (checks before `from` were passed once and stay passed,
 * so rewinding never sends the demo back). DEMO_STEPS.length when every step is done.
 */
export function demoStep(run: DemoRun, from: number): number {
  let i = Math.max(0, Math.min(from, DEMO_STEPS.length));
  while (i < DEMO_STEPS.length && DEMO_STEPS[i]?.done(run)) i++;
  return i;
}
