/**
 * Galera flow control (gcs.fc_limit / gcs.fc_factor): every data node applies
 * certified write-sets from a queue at its own speed. When a node's queue
 * grows past `fcLimit` it broadcasts a pause; every member then holds its new
 * commits until all pausing nodes have drained to `fcLimit × fcFactor` and
 * sent a resume. So the slowest node sets the pace of the whole cluster.
 */

/** Flow-control state of one node. */
export interface FlowControl {
  /** Members whose pause request this node has heard and not yet seen lifted. */
  readonly pausedBy: Set<number>;
  /** Whether this node itself is asking the cluster to pause. */
  requesting: boolean;
}

export const newFlowControl = (): FlowControl => ({ pausedBy: new Set(), requesting: false });

/**
 * After the queue changed: "pause" or "resume" when this node must tell the others, else null. Keeps the hysteresis.
 */
export function flowControlSignal(
  fc: FlowControl,
  queueLength: number,
  fcLimit: number,
  fcFactor: number,
): "pause" | "resume" | null {
  if (!fc.requesting && queueLength > fcLimit) {
    fc.requesting = true;
    return "pause";
  }
  if (fc.requesting && queueLength <= Math.floor(fcLimit * fcFactor)) {
    fc.requesting = false;
    return "resume";
  }
  return null;
}

/** Cluster-wide accounting of paused time: any node requesting a pause stops every commit. */
export interface PauseClock {
  requesters: number;
  since: number;
  totalMs: number;
  pauses: number;
}

export const newPauseClock = (): PauseClock => ({ requesters: 0, since: 0, totalMs: 0, pauses: 0 });

export function notePause(c: PauseClock, signal: "pause" | "resume", now: number): void {
  if (signal === "pause") {
    if (c.requesters++ === 0) {
      c.since = now;
      c.pauses++;
    }
  } else if (c.requesters > 0 && --c.requesters === 0) c.totalMs += now - c.since;
}

export function pausedMs(c: PauseClock, now: number): number {
  return c.totalMs + (c.requesters > 0 ? now - c.since : 0);
}
