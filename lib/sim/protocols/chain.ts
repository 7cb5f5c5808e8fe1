/**
 * Chain replication (van Renesse & Schneider, OSDI 2004), the protocol under
 * CRAQ and Hibari. Servers form a chain: writes enter at the head and travel
 * down it; the tail acknowledges writes and serves every read, so a read sees
 * exactly the writes that were acknowledged (linearizable). Write latency
 * grows with chain length: one hop per server.
 *
 * State per server: a durable log (a prefix-ordered history: each server's
 * log is a prefix of its predecessor's) and `acked`, the highest entry its
 * successor confirmed; log entries above `acked` are "sent but not acked".
 * Acks flow from the tail back up the chain.
 *
 * A master (the paper's fault-tolerant configuration service) probes servers
 * from `failureDetector.location` by reading link state, like the
 * single-leader failure detector, and after `failureDetector.timeoutMs` of
 * unreachability removes a server (never the last one):
 *   head removed   → its successor becomes head; writes only the old head had
 *                    were never acknowledged and are gone (clients saw timeouts)
 *   tail removed   → its predecessor becomes tail and acknowledges its sent-but-
 *                    not-acked writes (its history is a superset of the old tail's)
 *   middle removed → its predecessor re-sends its sent-but-not-acked writes to
 *                    its new successor, which skips the ones it already has
 * A removed server that is reachable again rejoins at the tail (the paper's
 * extension): it discards its log, the tail streams it the whole history and
 * forwards new writes to it, and once it has caught up it becomes the tail.
 * Modelling choice: the master's configuration reaches every server at once,
 * so a removed server stops serving immediately (the paper's fail-stop
 * assumption; real systems use leases). Stuck windows (lost messages) are
 * re-sent when a server's `acked` has not moved between two probes.
 */
import { accepted, type ActionResult } from "../actions";
import { epoch as toEpoch, lsn as toLsn } from "../ids";
import { applyUpTo, isCut, nodeName, record, reply, send, setTimer, truncateFrom } from "../kernel";
import type { OpOf, Protocol, ProtocolAction, ProtocolNodeView } from "../protocol";
import { topologyFor } from "../scenario";
import type { LogEntry, NodeState, PendingOp, Sim } from "../sim-state";
import type { ChainEvent } from "./chain-events";

type Msg =
  | { readonly kind: "chain-fwd"; readonly entries: readonly LogEntry[] }
  | { readonly kind: "chain-ack"; readonly upTo: number }
  | { readonly kind: "chain-resend"; readonly have: number }
  | { readonly kind: "chain-client"; readonly op: OpOf<"read" | "write"> };

type Timer = { readonly kind: "master" };

/** The run's chain state: plain data, cloned with the rest of the simulation. */
export interface ChainState {
  /** Server indices in configured order (constant): where removed servers rejoin from. */
  readonly order: readonly number[];
  /** Where the master probes from (constant). */
  readonly masterAt: number;
  /** The configuration: server indices, head first. Never empty. */
  chain: number[];
  version: number;
  joining: number;
  readonly acked: number[];
  readonly ackedAtProbe: number[];
  readonly unreachableSince: number[];
  /** Client requests travel with their writes; the tail answers them. */
  readonly pending: Map<number, PendingOp>;
}
type S = ChainState;

const node = (sim: Sim, i: number): NodeState => sim.nodes[i] as NodeState;
const log = (sim: Sim, i: number, make: () => ChainEvent): void => {
  if (sim.logEnabled) record(sim, i, make());
};
const sendMsg = (sim: Sim, from: number, to: number, m: Msg): void => send(sim, from, to, m);
const head = (s: S): number => s.chain[0] as number;
const tail = (s: S): number => s.chain[s.chain.length - 1] as number;
const pos = (s: S, i: number): number => s.chain.indexOf(i);
function succ(s: S, i: number): number {
  const k = pos(s, i);
  if (k < 0) return -1;
  if (k === s.chain.length - 1) return s.joining;
  return s.chain[k + 1] as number;
}
function pred(s: S, i: number): number {
  if (i === s.joining) return tail(s);
  const k = pos(s, i);
  return k > 0 ? (s.chain[k - 1] as number) : -1;
}
const reachable = (sim: Sim, s: S, x: number): boolean =>
  node(sim, x).status === "up" && (x === s.masterAt || (!isCut(sim, s.masterAt, x) && !isCut(sim, x, s.masterAt)));

function sendFrom(sim: Sim, i: number, to: number, fromLsn: number): void {
  const n = node(sim, i);
  if (to < 0 || fromLsn > n.log.length) return;
  sendMsg(sim, i, to, { kind: "chain-fwd", entries: n.log.slice(fromLsn - 1) });
}

/**
 * The tail commits entries up to `upTo`: answer their clients and send the ack upstream. Keeps: acked[tail] = its log
 * length.
 */
function commitAtTail(sim: Sim, s: S, i: number, from: number, upTo: number): void {
  const n = node(sim, i);
  for (let k = from; k < upTo; k++) {
    const e = n.log[k] as LogEntry;
    const op = s.pending.get(e.opId);
    if (op) {
      s.pending.delete(e.opId);
      reply(sim, i, op, "ok");
    }
  }
  s.acked[i] = upTo;
  if (s.joining >= 0 && upTo > from)
    sendMsg(sim, i, s.joining, { kind: "chain-fwd", entries: n.log.slice(from, upTo) });
  const p = pred(s, i);
  if (p >= 0) sendMsg(sim, i, p, { kind: "chain-ack", upTo });
}

function write(sim: Sim, s: S, i: number, op: PendingOp): void {
  if (op.input.f !== "write") return;
  const n = node(sim, i);
  const e: LogEntry = {
    lsn: toLsn(n.log.length + 1),
    epoch: toEpoch(s.version),
    key: op.key,
    value: op.input.value,
    opId: op.id,
    at: sim.now,
  };
  n.log.push(e);
  applyUpTo(n, n.log.length);
  s.pending.set(op.id, op);
  if (i === tail(s)) commitAtTail(sim, s, i, e.lsn - 1, e.lsn);
  else sendMsg(sim, i, succ(s, i), { kind: "chain-fwd", entries: [e] });
}

function onForward(sim: Sim, s: S, i: number, from: number, entries: readonly LogEntry[]): void {
  if (pred(s, i) !== from) return; // stale sender: the current predecessor re-sends what matters
  const n = node(sim, i);
  const before = n.log.length;
  for (const e of entries) {
    if (e.lsn <= n.log.length) continue;
    if (e.lsn > n.log.length + 1) {
      sendMsg(sim, i, from, { kind: "chain-resend", have: n.log.length });
      break;
    }
    n.log.push(e);
  }
  applyUpTo(n, n.log.length);
  if (i === s.joining) return;
  if (i === tail(s)) {
    if (n.log.length > before) commitAtTail(sim, s, i, before, n.log.length);
    else sendMsg(sim, i, from, { kind: "chain-ack", upTo: s.acked[i] as number });
    return;
  }
  if (n.log.length > before) sendMsg(sim, i, succ(s, i), { kind: "chain-fwd", entries: n.log.slice(before) });
  else if ((s.acked[i] as number) > 0) sendMsg(sim, i, from, { kind: "chain-ack", upTo: s.acked[i] as number });
}

function remove(sim: Sim, s: S, x: number): void {
  const k = pos(s, x);
  const p = pred(s, x);
  s.chain = s.chain.filter((y) => y !== x);
  s.version++;
  log(sim, -1, () => ({
    source: "chain",
    type: "removed",
    kind: "role",
    removed: node(sim, x).id,
    timeoutMs: sim.scenario.failureDetector.timeoutMs,
    chain: s.chain.map((y) => node(sim, y).id),
  }));
  if (k === 0) return;
  if (p === tail(s)) {
    log(sim, p, () => ({
      source: "chain",
      type: "becomes-tail",
      kind: "role",
      pending: node(sim, p).log.length - (s.acked[p] as number),
    }));
    commitAtTail(sim, s, p, s.acked[p] as number, node(sim, p).log.length);
    return;
  }
  const next = succ(s, p);
  log(sim, p, () => ({
    source: "chain",
    type: "resends",
    kind: "repl",
    fromLsn: (s.acked[p] as number) + 1,
    toLsn: node(sim, p).log.length,
    successor: nodeName(sim, next),
  }));
  sendFrom(sim, p, next, (s.acked[p] as number) + 1);
}

function probe(sim: Sim, s: S): void {
  const timeoutMs = sim.scenario.failureDetector.timeoutMs;
  for (const x of s.chain) {
    if (reachable(sim, s, x)) s.unreachableSince[x] = -1;
    else if ((s.unreachableSince[x] as number) < 0) s.unreachableSince[x] = sim.now;
    else if (sim.now - (s.unreachableSince[x] as number) >= timeoutMs && s.chain.length > 1) remove(sim, s, x);
  }
  if (s.joining >= 0 && !reachable(sim, s, s.joining)) s.joining = -1;
  if (s.joining >= 0 && node(sim, s.joining).log.length >= node(sim, tail(s)).log.length) {
    const t = tail(s);
    const j = s.joining;
    s.chain.push(j);
    s.acked[t] = node(sim, j).log.length;
    s.acked[j] = node(sim, j).log.length;
    log(sim, j, () => ({ source: "chain", type: "joins-as-tail", kind: "role" }));
    s.joining = -1;
    s.version++;
  } else if (s.joining < 0) {
    const back = s.order.find((y) => pos(s, y) < 0 && reachable(sim, s, y) && reachable(sim, s, tail(s)));
    if (back !== undefined) {
      s.joining = back;
      s.unreachableSince[back] = -1;
      truncateFrom(node(sim, back), 1);
      log(sim, back, () => ({ source: "chain", type: "rejoins", kind: "role", tail: node(sim, tail(s)).id }));
      sendFrom(sim, tail(s), back, 1);
    }
  }
  // Retransmit windows whose acks have not moved since the last probe (a lost message or a restarted successor).
  for (const x of s.chain) {
    const next = succ(s, x);
    if (
      next >= 0 &&
      next !== s.joining &&
      node(sim, x).log.length > (s.acked[x] as number) &&
      s.ackedAtProbe[x] === s.acked[x]
    )
      sendFrom(sim, x, next, (s.acked[x] as number) + 1);
    s.ackedAtProbe[x] = s.acked[x] as number;
  }
}

function clientRequest(sim: Sim, s: S, i: number, op: OpOf<"read" | "write">): void {
  switch (op.input.f) {
    case "read":
      if (i === tail(s)) reply(sim, i, op, "ok", node(sim, i).kv.get(op.key)?.value ?? null);
      else sendMsg(sim, i, tail(s), { kind: "chain-client", op });
      return;
    case "write":
      if (i === head(s)) write(sim, s, i, op);
      else sendMsg(sim, i, head(s), { kind: "chain-client", op });
      return;
    default: {
      const never: never = op.input;
      return never;
    }
  }
}

/** Chain replication; its whole state is a `ChainState`. */
export const chainProtocol: Protocol<"read" | "write", Msg, Timer, ChainState> = {
  name: "chain",
  ops: ["read", "write"],
  init(sim): ChainState {
    const topo = topologyFor(sim.scenario, "chain");
    const fd = sim.scenario.failureDetector;
    const order = (topo.chain ?? topo.nodes.map((x) => x.id)).map((id) => sim.nodeIndex.get(id) ?? 0);
    return {
      order,
      masterAt: fd.location !== undefined ? (sim.nodeIndex.get(fd.location) ?? 0) : (order[0] as number),
      chain: order.slice(),
      version: 1,
      joining: -1,
      acked: new Array<number>(sim.n).fill(0),
      ackedAtProbe: new Array<number>(sim.n).fill(-1),
      unreachableSince: new Array<number>(sim.n).fill(-1),
      pending: new Map(),
    };
  },
  start(sim, s): void {
    s.chain.forEach((x, k) => {
      node(sim, x).role = k === 0 ? "head" : k === s.chain.length - 1 ? "tail" : "middle";
      node(sim, x).epoch = toEpoch(1);
    });
    setTimer(sim, -1, sim.scenario.failureDetector.intervalMs, { kind: "master" } satisfies Timer, true);
  },
  onClientRequest: clientRequest,
  onMessage(sim, s, env): void {
    const i = env.to;
    const m = env.body;
    switch (m.kind) {
      case "chain-fwd":
        onForward(sim, s, i, env.from, m.entries);
        return;
      case "chain-ack":
        if (succ(s, i) !== env.from || m.upTo <= (s.acked[i] as number)) return;
        s.acked[i] = m.upTo;
        if (pred(s, i) >= 0) sendMsg(sim, i, pred(s, i), { kind: "chain-ack", upTo: m.upTo });
        return;
      case "chain-resend":
        if (succ(s, i) === env.from) sendFrom(sim, i, env.from, m.have + 1);
        return;
      case "chain-client":
        // Forwarded once: a server that is no longer the right one lets the client time out.
        if (m.op.input.f === "read" ? i === tail(s) : i === head(s)) clientRequest(sim, s, i, m.op);
        return;
      default: {
        const never: never = m;
        return never;
      }
    }
  },
  onTimer(sim, s, _i, t): void {
    switch (t.kind) {
      case "master": {
        probe(sim, s);
        const { chain } = s;
        chain.forEach((x, k) => {
          node(sim, x).role =
            chain.length === 1 ? "head+tail" : k === 0 ? "head" : k === chain.length - 1 ? "tail" : "middle";
          node(sim, x).epoch = toEpoch(s.version);
        });
        for (let x = 0; x < sim.n; x++) if (pos(s, x) < 0) node(sim, x).role = x === s.joining ? "joining" : "removed";
        setTimer(sim, -1, sim.scenario.failureDetector.intervalMs, t, true);
        return;
      }
      default: {
        const never: never = t.kind;
        return never;
      }
    }
  },
  onAction(sim, s, a: ProtocolAction): ActionResult {
    switch (a.type) {
      case "restart": {
        const i = sim.nodeIndex.get(a.node) ?? -1;
        const p = pred(s, i);
        if (p >= 0) sendMsg(sim, i, p, { kind: "chain-resend", have: node(sim, i).log.length });
        return accepted;
      }
      case "crash":
      case "promote":
      case "set-fencing":
      case "set-mode":
      case "set-lag":
      case "resume":
        return accepted;
      default: {
        const never: never = a;
        return never;
      }
    }
  },
  routeToLeader: (_sim, s, _home, f) => (f === "read" ? tail(s) : head(s)),
  settled(sim, s): boolean {
    if (s.joining >= 0) return false;
    const last = node(sim, head(s)).log.length;
    for (const x of s.chain) if (node(sim, x).status !== "up" || node(sim, x).log.length !== last) return false;
    return !s.order.some((y) => pos(s, y) < 0 && reachable(sim, s, y));
  },
  authoritativeNode: (_sim, s) => tail(s),
  nodeView(sim, s, i): ProtocolNodeView {
    const k = pos(s, i);
    if (k < 0) return { role: i === s.joining ? "joining" : "removed" };
    const unacked = node(sim, i).log.length - (s.acked[i] as number);
    return {
      role: node(sim, i).role,
      note: `chain v${s.version}, position ${k + 1} of ${s.chain.length}${i !== tail(s) && unacked > 0 ? `, ${unacked} sent not acked` : ""}`,
    };
  },
  counters: (_sim, s) => ({ chainLength: s.chain.length, reconfigurations: s.version - 1 }),
};
