/**
 * The lab's external store: the run, a per-frame snapshot for the animated
 * cluster view, and slower "info" (history, metrics, event log, branches)
 * recomputed only when the history or event log grew, at most a few times a
 * second while playing. Anomalies arrive from the AnomalyTracker (a worker)
 * whenever a search finishes. React subscribes with useSyncExternalStore.
 */
import { computeMetrics, historyOf, snapshot, type Action, type ActionResult, type LogRecord, type Metrics, type Operation, type SimSnapshot } from "@/lib/sim";
import { fencingOn, type Anomaly } from "./anomalies";
import { AnomalyTracker } from "./anomaly-tracker";
import type { BranchTree } from "./branches";
import { act, advanceTo, play, rerunWith, seek, stepOnce, switchBranch, type LabRun, type PlayOptions } from "./lab-run";

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
}

type Listener = () => void;

export class LabStore {
  private frame: SimSnapshot;
  private info: LabInfo;
  private readonly frameListeners = new Set<Listener>();
  private readonly infoListeners = new Set<Listener>();
  private infoKey = "";
  private infoAt = -Infinity;
  private computing = false;
  /** No searches before the component mounts (nor during server rendering). */
  private started = false;
  private readonly tracker: AnomalyTracker;

  constructor(
    public run: LabRun,
    options: { worker?: boolean } = {},
  ) {
    this.tracker = new AnomalyTracker(() => this.anomaliesChanged(), options.worker);
    this.frame = this.takeFrame();
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
    return () => this.frameListeners.delete(l);
  };
  subscribeInfo = (l: Listener) => {
    this.infoListeners.add(l);
    return () => this.infoListeners.delete(l);
  };
  getFrame = () => this.frame;
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
    };
  }

  /** Publishes the frame; refreshes info when something visible changed (throttled to `minGapMs` of wall time). */
  publish(wallNow: number, minGapMs = 0): void {
    this.frame = this.takeFrame();
    for (const l of this.frameListeners) l();
    const sim = this.run.sim;
    const key = `${this.run.revision}:${sim.history.length}:${sim.events.length}:${sim.clients.map((c) => c.inFlight?.id ?? -1).join(",")}:${this.run.tree.branches.length}`;
    if (key === this.infoKey && minGapMs > 0) return;
    if (minGapMs > 0 && wallNow - this.infoAt < minGapMs) return;
    this.infoKey = key;
    this.infoAt = wallNow;
    this.info = this.computeInfo();
    for (const l of this.infoListeners) l();
  }

  /** Forces info to refresh with the next publish (the scrubber position moved, say). */
  private refresh(): void {
    this.infoKey = "";
    this.publish(Infinity);
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

  replaceRun(run: LabRun): void {
    this.run = run;
    this.tracker.reset();
    this.refresh();
  }
}
