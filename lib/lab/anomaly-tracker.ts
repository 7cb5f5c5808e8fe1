/**
 * Anomalies for each branch's whole known history. The search (the
 * linearizability check above all) grows with the history and took up to
 * 70 ms on the main thread, so it runs in a Web Worker: one request in flight,
 * the newest waiting behind it, the last answer shown meanwhile. A branch
 * keeps what was found up to the furthest moment it was played to, so
 * rewinding or jumping to an anomaly does not make later ones disappear.
 * The worker itself is started by the caller (components/sim), so this
 * module stays pure and searches inline when it is given none.
 */
import { anomaliesFrom, anomalyInput, type Anomaly, type AnomalyInput } from "./anomalies";
import type { LabRun } from "./lab-run";

export interface AnomalyRequest {
  readonly id: number;
  readonly input: AnomalyInput;
}

export type AnomalyReply =
  { readonly id: number; readonly anomalies: readonly Anomaly[] } | { readonly id: number; readonly error: string };

/** A started search worker, seen only through what the tracker needs of it. */
export interface SearchWorker {
  post(request: AnomalyRequest): void;
  terminate(): void;
}

/** Starts a search worker that answers through `onReply` (or `onError` when it fails); null when none can run here. */
export type StartSearchWorker = (onReply: (reply: AnomalyReply) => void, onError: () => void) => SearchWorker | null;

interface Known {
  /** Virtual time the history was taken at. */
  readonly time: number;
  readonly key: string;
  readonly anomalies: readonly Anomaly[];
}

interface Request {
  readonly id: number;
  readonly branch: string;
  readonly key: string;
  readonly input: AnomalyInput;
}

const EMPTY: readonly Anomaly[] = [];

/** What the anomalies depend on; equal keys give equal anomalies. */
function inputKey(input: AnomalyInput): string {
  const done = input.history.reduce((n, o) => n + (o.completedAt === null ? 0 : 1), 0);
  const states = input.replicaStates ? JSON.stringify(input.replicaStates) : "-";
  const surviving = input.survivingWrites.map((w) => `${w.key}=${String(w.value)}`).join(",");
  return `${input.history.length}/${done}|${input.leaderLog.length}|${input.fencing}|${surviving}|${states}`;
}

export class AnomalyTracker {
  private known = new Map<string, Known>();
  /** undefined: not started yet; null: no worker here (tests, server, old browsers) or it failed, so search inline. */
  private worker: SearchWorker | null | undefined;
  private inflight: Request | null = null;
  private queued: Request | null = null;
  private nextId = 1;

  constructor(
    private readonly onChange: () => void,
    private readonly startWorker?: StartSearchWorker,
  ) {
    if (!startWorker) this.worker = null;
  }

  /** The anomalies found on `branch` up to the furthest moment it was played to. */
  anomalies(branch: string): readonly Anomaly[] {
    return this.known.get(branch)?.anomalies ?? EMPTY;
  }

  /** Asks for a search when the run is at (or past) its branch's known history and that history changed. */
  update(run: LabRun): void {
    const branch = run.tree.currentId;
    const known = this.known.get(branch);
    if (known && run.sim.now < known.time) return;
    const input = anomalyInput(run.sim, run.leaderLog);
    const key = inputKey(input);
    if (known && known.key === key) {
      this.known.set(branch, { ...known, time: input.now });
      return;
    }
    const waiting = this.queued ?? this.inflight;
    if (waiting && waiting.branch === branch && waiting.key === key) return;
    this.request({ id: this.nextId++, branch, key, input });
  }

  /** Forgets everything (a new run). */
  reset(): void {
    this.known.clear();
    this.queued = null;
    this.inflight = null;
  }

  /** Stops the worker; the next request starts a new one. */
  dispose(): void {
    if (this.worker) this.worker.terminate();
    if (this.worker !== null) this.worker = undefined;
    this.inflight = null;
    this.queued = null;
  }

  private request(r: Request): void {
    const worker = this.ensureWorker();
    if (!worker) {
      this.settle(r, anomaliesFrom(r.input));
      return;
    }
    if (this.inflight) {
      this.queued = r;
      return;
    }
    this.inflight = r;
    worker.post({ id: r.id, input: r.input });
  }

  private ensureWorker(): SearchWorker | null {
    if (this.worker !== undefined) return this.worker;
    try {
      this.worker =
        this.startWorker?.(
          (reply) => this.receive(reply),
          () => this.fallBack(),
        ) ?? null;
    } catch {
      this.worker = null;
    }
    return this.worker;
  }

  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    const r = this.queued ?? this.inflight;
    this.inflight = null;
    this.queued = null;
    if (r) this.request(r);
  }

  private receive(reply: AnomalyReply): void {
    const r = this.inflight;
    if (!r || r.id !== reply.id) return;
    this.inflight = null;
    if ("error" in reply) {
      this.fallBack();
      return;
    }
    const next = this.queued;
    this.queued = null;
    if (next) this.request(next);
    this.settle(r, reply.anomalies);
  }

  private settle(r: Request, anomalies: readonly Anomaly[]): void {
    const known = this.known.get(r.branch);
    if (known && known.time > r.input.now) return;
    this.known.set(r.branch, { time: r.input.now, key: r.key, anomalies });
    this.onChange();
  }
}
