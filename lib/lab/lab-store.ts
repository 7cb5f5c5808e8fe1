/**
 * The lab's external store: the run, a per-frame snapshot for the animated
 * cluster view (with two slower views of it: the "scene", which changes when
 * a node, client or cut does, and the set of messages in flight, so React
 * re-renders only what changed while dots move by transform), and slower "info" (history, metrics, event log, branches)
 * recomputed only when the history or event log grew, at most a few times a
 * second while playing. Anomalies arrive from the AnomalyTracker (a worker, when given one)
 * whenever a search finishes. React subscribes with useSyncExternalStore.
 */
import {
  computeMetrics,
  historyOf,
  snapshot,
  type Action,
  type ActionLogEntry,
  type ActionResult,
  type LogRecord,
  type MessageSnapshot,
  type Metrics,
  type Operation,
  type SimSnapshot,
} from "@/lib/sim";
import { fencingOn, type Anomaly } from "./anomalies";
import { AnomalyTracker, type StartSearchWorker } from "./anomaly-tracker";
import type { BranchTree } from "./branches";
import {
  act,
  advanceTo,
  followLog,
  play,
  rerunWith,
  resetToStart,
  runHalted,
  seek,
  stepOnce,
  switchBranch,
  type LabRun,
  type PlayOptions,
} from "./lab-run";

export interface LabInfo {
  readonly revision: number;
  readonly time: number;
  readonly history: readonly Operation[];
  /** Found on the current branch up to the furthest moment it was played to (some may lie after `time`). */
  readonly anomalies: readonly Anomaly[];
  readonly metrics: Metrics;
  readonly events: readonly LogRecord[];
  readonly tree: BranchTree;
  /** Snapshot with node data (for the key/value tables). */
  readonly detail: SimSnapshot;
  readonly fencing: boolean;
  readonly leaderCount: number;
  /** Why the run can go no further (it reached the lab's limits), or null. */
  readonly halted: string | null;
}

type Listener = () => void;

/** What the drawing shows apart from moving dots and the clock (lag rounded as the node card shows it). */
function sceneKey(f: SimSnapshot): string {
  let k = "";
  for (const n of f.nodes)
    k += `${n.id}:${n.status}:${n.role}:${n.epoch}:${n.logLsn}:${n.appliedLsn}:${n.lagEntries}:${Math.round(n.lagMs / 100)}:${n.note ?? ""}:${n.applyLagMs}|`;
  for (const c of f.clients) k += `${c.id}@${c.home}:${c.pending ? 1 : 0}|`;
  for (const p of f.partitions) k += `${p.from}>${p.to}|`;
  return k;
}

function sameIds(a: readonly MessageSnapshot[], b: readonly MessageSnapshot[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]?.id !== b[i]?.id) return false;
  return true;
}

export class LabStore {
  private frame: SimSnapshot;
  private scene: SimSnapshot;
  private sceneAt = "";
  private messages: readonly MessageSnapshot[];
  private info: LabInfo;
  private readonly frameListeners = new Set<Listener>();
  private readonly infoListeners = new Set<Listener>();
  private infoKey = "";
  private infoAt = -Infinity;
  private computing = false;
  /** No searches before the component mounts (nor during server rendering). */
  private started = false;
  /** Where a shared run opens: reached on mount, never while rendering on the server. */
  private openAt: number | undefined;
  private readonly tracker: AnomalyTracker;

  constructor(
    public run: LabRun,
    options: { startWorker?: StartSearchWorker; openAt?: number } = {},
  ) {
    this.openAt = options.openAt;
    this.tracker = new AnomalyTracker(() => this.anomaliesChanged(), options.startWorker);
    this.frame = this.takeFrame();
    this.scene = this.frame;
    this.sceneAt = sceneKey(this.frame);
    this.messages = this.frame.messages;
    this.info = this.computeInfo();
  }

  private anomaliesChanged(): void {
    if (this.computing) return;
    const anomalies = this.tracker.anomalies(this.run.tree.currentId);
    if (anomalies === this.info.anomalies) return;
    this.info = { ...this.info, anomalies };
    for (const l of this.infoListeners) l();
  }

  /** Starts (again) after the component mounts: React may unmount and remount it. */
  resume(): void {
    this.started = true;
    if (this.openAt !== undefined) {
      const t = this.openAt;
      this.openAt = undefined;
      advanceTo(this.run, t);
      this.refresh();
    }
    this.tracker.update(this.run);
    this.anomaliesChanged();
  }

  /** Stops the anomaly worker (the component unmounted). */
  dispose(): void {
    this.started = false;
    this.tracker.dispose();
  }

  subscribeFrame = (l: Listener) => {
    this.frameListeners.add(l);
    return () => void this.frameListeners.delete(l);
  };
  subscribeInfo = (l: Listener) => {
    this.infoListeners.add(l);
    return () => void this.infoListeners.delete(l);
  };
  getFrame = () => this.frame;
  /** The latest frame whose nodes, clients or cuts differ from the one before: unchanged while only time moves. */
  getScene = () => this.scene;
  /** Messages in flight: the same array for as long as the same messages fly. */
  getMessages = () => this.messages;
  getInfo = () => this.info;

  private takeFrame(): SimSnapshot {
    return snapshot(this.run.sim, { lastEvents: 0 });
  }

  private computeInfo(): LabInfo {
    const { run } = this;
    const sim = run.sim;
    const leaderCount = sim.nodes.filter((n) => n.status === "up" && n.role === "leader").length;
    if (this.started) {
      this.computing = true;
      try {
        this.tracker.update(run);
      } finally {
        this.computing = false;
      }
    }
    return {
      revision: run.revision,
      time: sim.now,
      history: historyOf(sim),
      anomalies: this.tracker.anomalies(run.tree.currentId),
      metrics: computeMetrics(sim),
      events: sim.events.slice(-300),
      tree: run.tree,
      detail: snapshot(sim, { data: true, lastEvents: 0 }),
      fencing: fencingOn(sim),
      leaderCount,
      halted: runHalted(run) ?? null,
    };
  }

  /** Publishes the frame; refreshes info when something visible changed (throttled to `minGapMs` of wall time). */
  publish(wallNow: number, minGapMs = 0): void {
    this.frame = this.takeFrame();
    const key = sceneKey(this.frame);
    if (key !== this.sceneAt) {
      this.sceneAt = key;
      this.scene = this.frame;
    }
    if (!sameIds(this.messages, this.frame.messages)) this.messages = this.frame.messages;
    for (const l of this.frameListeners) l();
    const sim = this.run.sim;
    const infoKey = `${this.run.revision}:${sim.history.length}:${sim.events.length}:${sim.clients.map((c) => c.inFlight?.id ?? -1).join(",")}:${this.run.tree.branches.length}`;
    if (infoKey === this.infoKey && minGapMs > 0) return;
    if (minGapMs > 0 && wallNow - this.infoAt < minGapMs) return;
    this.infoKey = infoKey;
    this.infoAt = wallNow;
    this.info = this.computeInfo();
    for (const l of this.infoListeners) l();
  }

  /** Forces info to refresh with the next publish (the scrubber position moved, say). */
  private refresh(): void {
    this.infoKey = "";
    this.publish(Infinity);
  }

  /** Whether the run reached its limits, so playing can stop. */
  halted(): boolean {
    return runHalted(this.run) !== undefined;
  }

  tick(wallMs: number, options: PlayOptions, wallNow: number): void {
    play(this.run, wallMs, options);
    this.publish(wallNow, 250);
  }

  step(): void {
    stepOnce(this.run);
    this.refresh();
  }

  advance(ms: number): void {
    advanceTo(this.run, this.run.sim.now + ms);
    this.refresh();
  }

  seek(t: number): void {
    seek(this.run, t);
    this.refresh();
  }

  act(action: Action): ActionResult {
    const r = act(this.run, action);
    this.refresh();
    return r;
  }

  switchBranch(id: string): void {
    switchBranch(this.run, id);
    this.refresh();
  }

  rerunWith(first: Action, label: string): void {
    rerunWith(this.run, first, label);
    this.refresh();
  }

  /** Back to time 0 with no actions; a run with actions stays as a branch. */
  reset(): void {
    resetToStart(this.run);
    this.refresh();
  }

  /** A new set-up (quorum sizes, say): the revision keeps counting up, so views and the URL follow. */
  /** Takes in what another page's run applied since (see followLog); false when the run must be rebuilt instead. */
  follow(log: readonly ActionLogEntry[]): boolean {
    if (!followLog(this.run, log)) return false;
    this.refresh();
    return true;
  }

  replaceRun(run: LabRun): void {
    run.revision = this.run.revision + 1;
    this.run = run;
    this.tracker.reset();
    this.refresh();
  }
}
