/**
 * The lab's driver around the engine: one mutable run (scenario + seed + sim)
 * that plays a branch's action log back exactly as `replay` would, seeks back
 * by restoring the nearest checkpoint it kept on the way (lab-checkpoints.ts)
 * and stepping forward, and records who acted as leader when.
 * No React here: hooks, tests and e2e benches all drive it the same way.
 */
import {
  createSimulation,
  inject,
  parseScenario,
  restore,
  RUN_LIMITS,
  runLimitReached,
  step,
  type Action,
  type ActionLogEntry,
  type ActionResult,
  type RunLimits,
  type Scenario,
  type Sim,
} from "@/lib/sim";
import type { Quorum } from "@/lib/sim/share-codec";
import {
  addBranch,
  appendToCurrent,
  advanceHead,
  currentBranch,
  initialTree,
  recordAction,
  selectBranch,
  type BranchTree,
} from "./branches";
import {
  beginWork,
  checkpointAtOrBefore,
  dropAfter,
  endWork,
  maybeCheckpoint,
  newCheckpoints,
  type Checkpoints,
  type LabCheckpoint,
} from "./lab-checkpoints";

export interface LeaderChange {
  readonly at: number;
  readonly leaders: ReadonlyArray<{ readonly id: string; readonly epoch: number }>;
}

export interface LabRun {
  readonly scenarioName: string;
  readonly scenario: Scenario;
  sim: Sim;
  tree: BranchTree;
  /** How many of the current branch's actions the sim has applied. */
  applied: number;
  /** Leader-set changes since time 0 (only up nodes in role "leader"). */
  leaderLog: LeaderChange[];
  /** Bumped whenever the sim is rebuilt or acted on, for memoised views. */
  revision: number;
  /** Copies of the run along the current branch, for seeking back. */
  checkpoints: Checkpoints<LeaderChange>;
}

/** Whether the scenario's protocol has a designated leader (single-leader) — the lab shows lag against it. */
export function leaderOf(scenario: Scenario): string | undefined {
  const t = scenario.topology;
  return "leader" in t && typeof t.leader === "string" ? t.leader : undefined;
}

/** Adds nodes (or drops trailing ones) so the topology has `count` nodes; an invalid result keeps the original. */
export function withNodeCount(scenario: Scenario, count: number | undefined): Scenario {
  if (count === undefined || count === scenario.topology.nodes.length) return scenario;
  const nodes = scenario.topology.nodes.slice(0, count).map((n) => ({ ...n }));
  const taken = new Set(nodes.map((n) => n.id));
  for (let i = 0; nodes.length < count && i < 26; i++) {
    const id = String.fromCharCode(65 + i);
    if (!taken.has(id)) nodes.push({ id });
  }
  const keep = new Set(nodes.map((n) => n.id));
  const leader = leaderOf(scenario);
  const { chain: _chain, ...topology } = scenario.topology as typeof scenario.topology & { chain?: unknown };
  const r = parseScenario({
    ...scenario,
    topology: {
      ...topology,
      nodes,
      ...(leader === undefined ? {} : { leader: keep.has(leader) ? leader : (nodes[0]?.id ?? "A") }),
    },
    applyLagMs: Object.fromEntries(Object.entries(scenario.applyLagMs).filter(([k]) => keep.has(k))),
  });
  return r.success ? r.data : scenario;
}

/** The scenario's quorum sizes, when its protocol is leaderless (the only one with N, W and R). */
export function quorumOf(scenario: Scenario): Quorum | undefined {
  const t = scenario.topology;
  return t.protocol === "leaderless" ? { n: t.n, w: t.w, r: t.r, readRepair: t.readRepairMode } : undefined;
}

/**
 * The scenario with other quorum sizes, or why they do not fit it (not leaderless, W or R above N, N above the node
 * count).
 */
export function withQuorum(
  scenario: Scenario,
  quorum: Quorum,
): { success: true; data: Scenario } | { success: false; error: string } {
  const t = scenario.topology;
  if (t.protocol !== "leaderless")
    return { success: false, error: `quorum sizes apply to leaderless clusters, and this scenario is ${t.protocol}` };
  const r = parseScenario({
    ...scenario,
    topology: { ...t, n: quorum.n, w: quorum.w, r: quorum.r, readRepairMode: quorum.readRepair ?? t.readRepairMode },
  });
  if (r.success) return r;
  return {
    success: false,
    error: `N=${quorum.n}, W=${quorum.w}, R=${quorum.r} does not fit this ${t.nodes.length}-node cluster (W and R must be at most N, and N at most the node count)`,
  };
}

export function labScenario(
  base: Scenario,
  seed: number | undefined,
  nodes: number | undefined,
  quorum?: Quorum,
): Scenario {
  let s = withNodeCount(base, nodes);
  if (quorum) {
    const q = withQuorum(s, quorum);
    // Share links are checked before the lab opens (see readLabParams); a misfit here keeps the scenario's own sizes.
    if (q.success) s = q.data;
  }
  return seed === undefined ? s : { ...s, seed };
}

/**
 * A run within `limits` (RUN_LIMITS unless the run is live-only and never shared: see LIVE_RUN_LIMITS).
 * `clock`: the driver's wall clock in ms, which paces its checkpoints by work (see lab-checkpoints.ts).
 */
export function createRun(
  scenarioName: string,
  scenario: Scenario,
  actions: readonly ActionLogEntry[] = [],
  limits: RunLimits = RUN_LIMITS,
  clock?: () => number,
): LabRun {
  const sim = createSimulation(scenario, { limits });
  const run: LabRun = {
    scenarioName,
    scenario,
    sim,
    tree: initialTree(actions),
    applied: 0,
    leaderLog: [],
    revision: 0,
    checkpoints: newCheckpoints(clock),
  };
  trackLeaders(run);
  return run;
}

function trackLeaders(run: LabRun): void {
  const leaders: Array<{ id: string; epoch: number }> = [];
  for (const n of run.sim.nodes)
    if (n.status === "up" && n.role === "leader") leaders.push({ id: n.id, epoch: n.epoch });
  const last = run.leaderLog[run.leaderLog.length - 1];
  if (
    last &&
    last.leaders.length === leaders.length &&
    last.leaders.every((l, i) => l.id === leaders[i]?.id && l.epoch === leaders[i]?.epoch)
  )
    return;
  run.leaderLog.push({ at: run.sim.now, leaders });
}

/** A fresh sim of the run's scenario, with the same limits. */
function restart(run: LabRun): Sim {
  return createSimulation(run.scenario, { limits: run.sim.limits });
}

/** Why the run can go no further (it reached its time, step or action limit), or undefined. */
export function runHalted(run: LabRun): string | undefined {
  return runLimitReached(run.sim);
}

function pending(run: LabRun): ActionLogEntry | undefined {
  return currentBranch(run.tree).actions[run.applied];
}

/** Virtual time of the next thing that will happen (event or recorded action), or Infinity. */
export function nextTime(run: LabRun): number {
  const p = pending(run);
  if (p && run.sim.steps >= p.step) return Math.max(p.at, run.sim.now);
  return run.sim.queue.peekTime();
}

function stopped(run: LabRun): false {
  run.tree = advanceHead(run.tree, run.sim.now);
  return false;
}

/**
 * Processes everything up to virtual time `t` (events and the branch's
 * recorded actions, in replay order), then sets the clock to `t`.
 * Stops early after `maxSteps` events and returns false then; never goes past
 * the run's limits (the clock stops at `limits.maxTimeMs`, or where the step budget ran out).
 */
export function advanceTo(run: LabRun, t: number, maxSteps = Infinity): boolean {
  const c = run.checkpoints;
  beginWork(c);
  try {
    return advance(run, t, maxSteps);
  } finally {
    endWork(c);
  }
}

function advance(run: LabRun, t: number, maxSteps: number): boolean {
  const sim = run.sim;
  const end = Math.min(t, sim.limits.maxTimeMs);
  let budget = maxSteps;
  for (;;) {
    const p = pending(run);
    if (p && sim.steps >= p.step) {
      if (p.at > end) break;
      if (sim.actionLog.length >= sim.limits.maxActions) return stopped(run);
      if (sim.now < p.at) sim.now = p.at;
      inject(sim, p.action);
      run.applied++;
      trackLeaders(run);
      continue;
    }
    if (sim.queue.peekTime() > end) break;
    if (budget-- <= 0) return false;
    // The step budget is spent: the clock stays where the last event left it.
    if (!step(sim)) return stopped(run);
    trackLeaders(run);
    maybeCheckpoint(run.checkpoints, sim, run.applied, run.leaderLog);
  }
  if (sim.now < end) sim.now = end;
  run.tree = advanceHead(run.tree, sim.now);
  return true;
}

/** Processes exactly one event (or one recorded action). */
export function stepOnce(run: LabRun): void {
  const t = nextTime(run);
  if (!Number.isFinite(t)) return;
  const p = pending(run);
  if (p && run.sim.steps >= p.step) {
    advanceTo(run, t, 0);
    return;
  }
  step(run.sim);
  trackLeaders(run);
  run.tree = advanceHead(run.tree, run.sim.now);
}

function hasInflight(sim: Sim): boolean {
  for (const e of sim.queue.toArray()) if (e.kind === "deliver" && !e.dropped) return true;
  return false;
}

export interface PlayOptions {
  /** Virtual ms per wall ms. */
  readonly speed: number;
  /** Multiplier applied while messages are in flight, so they can be seen (1 = off). */
  readonly slowMotion: number;
  /** Events per call at most, to keep a frame short. */
  readonly maxSteps?: number;
  /** Never play past this virtual time. */
  readonly until?: number;
}

/** Advances by `wallMs` of wall-clock time: speed × elapsed, slowed while messages fly. Stops at the run's limits. */
export function play(run: LabRun, wallMs: number, options: PlayOptions): void {
  let remaining = wallMs;
  let steps = options.maxSteps ?? 5000;
  const until = Math.min(options.until ?? Infinity, run.sim.limits.maxTimeMs);
  while (remaining > 1e-9 && steps > 0 && run.sim.now < until && runHalted(run) === undefined) {
    const rate = options.speed * (options.slowMotion < 1 && hasInflight(run.sim) ? options.slowMotion : 1);
    const now = run.sim.now;
    const next = Math.min(nextTime(run), until);
    const target = Math.min(now + remaining * rate, until);
    if (next > target) {
      advanceTo(run, target, steps);
      return;
    }
    const before = run.sim.steps;
    advanceTo(run, next, steps);
    steps -= run.sim.steps - before + 1;
    remaining -= (next - now) / rate;
  }
}

/** Puts the run back to checkpoint `from` (the run's start when there is none), to step forward from there. */
function rewindTo(run: LabRun, from: LabCheckpoint<LeaderChange> | undefined): void {
  if (from) {
    run.sim = restore(from.cp);
    run.applied = from.applied;
    run.leaderLog = from.leaderLog.slice(0, from.leaderLogLength);
  } else {
    run.sim = restart(run);
    run.applied = 0;
    run.leaderLog = [];
    trackLeaders(run);
  }
}

/**
 * Shows the run at virtual time `t` on the current branch: backwards, from the
 * latest checkpoint at or before `t` (or from the seed when there is none),
 * then forward event by event — the same state an uninterrupted replay reaches.
 */
export function seek(run: LabRun, t: number): void {
  if (t < run.sim.now) rewindTo(run, checkpointAtOrBefore(run.checkpoints, t));
  advanceTo(run, t);
  run.revision++;
}

/**
 * Brings the run's recorded actions up to `log`, a longer copy of the current branch's (a mirror receiving what
 * another page's run applied, a poll later). New entries still ahead of the run apply when it reaches them; when the
 * run has already gone past the first, it goes back to its last checkpoint before that entry and forward again to
 * where it was: at most one checkpoint spacing of events, not the whole run. Returns false, changing nothing, when
 * `log` does not extend the branch (the caller rebuilds the run from it).
 */
export function followLog(run: LabRun, log: readonly ActionLogEntry[]): boolean {
  const known = currentBranch(run.tree).actions;
  const extendsBranch = known.every((a, i) => a.at === log[i]?.at && a.step === log[i]?.step);
  if (log.length < known.length || !extendsBranch) return false;
  const first = log[known.length];
  if (!first) return true;
  run.tree = appendToCurrent(run.tree, log.slice(known.length));
  const sim = run.sim;
  if (run.applied <= known.length && sim.steps <= first.step && sim.now <= first.at) return true;
  const now = sim.now;
  // The checkpoints after the entry were taken without it.
  dropAfter(run.checkpoints, first.step, known.length);
  rewindTo(run, run.checkpoints.list.at(-1));
  advanceTo(run, now);
  run.revision++;
  return true;
}

/** Injects an action now; forks a branch when it rewrites the recorded future. */
export function act(run: LabRun, action: Action): ActionResult {
  // Acting from an earlier moment rewrites the future: checkpoints past this point no longer belong to the branch.
  dropAfter(run.checkpoints, run.sim.steps, run.applied);
  const logged = run.sim.actionLog.length;
  const result = inject(run.sim, action);
  const entry = run.sim.actionLog.length > logged ? run.sim.actionLog[logged] : undefined;
  if (entry) {
    run.tree = recordAction(run.tree, run.applied, entry);
    run.applied = currentBranch(run.tree).actions.length;
  }
  trackLeaders(run);
  run.revision++;
  return result;
}

/** Switches branch and shows it at the same moment (or its head, if earlier). */
export function switchBranch(run: LabRun, id: string): void {
  const t = run.sim.now;
  run.tree = selectBranch(run.tree, id);
  run.sim = restart(run);
  run.applied = 0;
  run.leaderLog = [];
  run.checkpoints = newCheckpoints(run.checkpoints.clock);
  trackLeaders(run);
  advanceTo(run, Math.min(t, currentBranch(run.tree).headTime));
  run.revision++;
}

/**
 * What-if: replays the current branch from time 0 with `first` applied at the
 * start and each recorded action at its original virtual time, up to the
 * branch's head, as a new branch. Step numbers are re-recorded for the new run.
 */
export function rerunWith(run: LabRun, first: Action, label: string): void {
  const old = currentBranch(run.tree);
  const sim = restart(run);
  run.sim = sim;
  run.leaderLog = [];
  run.checkpoints = newCheckpoints(run.checkpoints.clock);
  beginWork(run.checkpoints);
  trackLeaders(run);
  inject(sim, first);
  // Each loop ends at the run's limits: `step` returns false there, and times are clamped to maxTimeMs.
  const upTo = (t: number) => {
    const end = Math.min(t, sim.limits.maxTimeMs);
    while (sim.queue.peekTime() <= end && step(sim)) {
      trackLeaders(run);
      // Every action so far is on the new branch, so the count applied is the action log's length.
      maybeCheckpoint(run.checkpoints, sim, sim.actionLog.length, run.leaderLog);
    }
    if (sim.now < end && sim.steps < sim.limits.maxSteps) sim.now = end;
  };
  for (const e of old.actions) {
    upTo(e.at);
    if (runLimitReached(sim) !== undefined) break;
    inject(sim, e.action);
    trackLeaders(run);
  }
  const head = Math.max(old.headTime, sim.now);
  upTo(head);
  endWork(run.checkpoints);
  run.tree = addBranch(run.tree, sim.actionLog.slice(), head, label);
  run.applied = sim.actionLog.length;
  run.revision++;
}

/**
 * Back to the blank start: the seed at time 0 with no actions. A run with actions keeps them as a branch (the
 * reset is a new, empty branch beside it), so nothing done is lost.
 */
export function resetToStart(run: LabRun): void {
  if (currentBranch(run.tree).actions.length === 0) {
    seek(run, 0);
    return;
  }
  run.tree = addBranch(run.tree, [], 0, "reset");
  run.sim = restart(run);
  run.applied = 0;
  run.leaderLog = [];
  run.checkpoints = newCheckpoints(run.checkpoints.clock);
  trackLeaders(run);
  run.revision++;
}
