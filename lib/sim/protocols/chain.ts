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

/** Creates chain replication for one run; the chain, master and pending requests live in this closure. */
export function createChain(sim: Sim): Protocol<"read" | "write", Msg, Timer> {
  const topo = topologyFor(sim.scenario, "chain");
  const n = sim.n;
  const fd = sim.scenario.failureDetector;
  const order = (topo.chain ?? topo.nodes.map((x) => x.id)).map((id) => sim.nodeIndex.get(id) ?? 0);
  /** The configuration: server indices, head first. Never empty. */
  let chain: number[] = order.slice();
  let version = 1;
  let joining = -1;
  const masterAt = fd.location !== undefined ? (sim.nodeIndex.get(fd.location) ?? 0) : (chain[0] as number);
  const acked = new Array<number>(n).fill(0);
  const ackedAtProbe = new Array<number>(n).fill(-1);
  const unreachableSince = new Array<number>(n).fill(-1);
  /** Client requests travel with their writes; the tail answers them. */
  const pending = new Map<number, PendingOp>();
  const node = (i: number): NodeState => sim.nodes[i] as NodeState;
  const log = (i: number, make: () => ChainEvent): void => {
    if (sim.logEnabled) record(sim, i, make());
  };
  const sendMsg = (from: number, to: number, m: Msg): void => send(sim, from, to, m);
  const head = (): number => chain[0] as number;
  const tail = (): number => chain[chain.length - 1] as number;
  const pos = (i: number): number => chain.indexOf(i);
  const succ = (i: number): number => {
    const k = pos(i);
    if (k < 0) return -1;
    if (k === chain.length - 1) return joining;
    return chain[k + 1] as number;
  };
  const pred = (i: number): number => {
    if (i === joining) return tail();
    const k = pos(i);
    return k > 0 ? (chain[k - 1] as number) : -1;
  };
  const reachable = (x: number): boolean => node(x).status === "up" && (x === masterAt || (!isCut(sim, masterAt, x) && !isCut(sim, x, masterAt)));

  function sendFrom(i: number, to: number, fromLsn: number): void {
    const s = node(i);
    if (to < 0 || fromLsn > s.log.length) return;
    sendMsg(i, to, { kind: "chain-fwd", entries: s.log.slice(fromLsn - 1) });
  }

  /** The tail commits entries up to `upTo`: answer their clients and send the ack upstream. Keeps: acked[tail] = its log length. */
  function commitAtTail(i: number, from: number, upTo: number): void {
    const s = node(i);
    for (let k = from; k < upTo; k++) {
      const e = s.log[k] as LogEntry;
      const op = pending.get(e.opId);
      if (op) {
        pending.delete(e.opId);
        reply(sim, i, op, "ok");
      }
    }
    acked[i] = upTo;
    if (joining >= 0 && upTo > from) sendMsg(i, joining, { kind: "chain-fwd", entries: s.log.slice(from, upTo) });
    const p = pred(i);
    if (p >= 0) sendMsg(i, p, { kind: "chain-ack", upTo });
  }

  function write(i: number, op: PendingOp): void {
    if (op.input.f !== "write") return;
    const s = node(i);
    const e: LogEntry = { lsn: toLsn(s.log.length + 1), epoch: toEpoch(version), key: op.key, value: op.input.value, opId: op.id, at: sim.now };
    s.log.push(e);
    applyUpTo(s, s.log.length);
    pending.set(op.id, op);
    if (i === tail()) commitAtTail(i, e.lsn - 1, e.lsn);
    else sendMsg(i, succ(i), { kind: "chain-fwd", entries: [e] });
  }

  function onForward(i: number, from: number, entries: readonly LogEntry[]): void {
    if (pred(i) !== from) return; // stale sender: the current predecessor re-sends what matters
    const s = node(i);
    const before = s.log.length;
    for (const e of entries) {
      if (e.lsn <= s.log.length) continue;
      if (e.lsn > s.log.length + 1) {
        sendMsg(i, from, { kind: "chain-resend", have: s.log.length });
        break;
      }
      s.log.push(e);
    }
    applyUpTo(s, s.log.length);
    if (i === joining) return;
    if (i === tail()) {
      if (s.log.length > before) commitAtTail(i, before, s.log.length);
      else sendMsg(i, from, { kind: "chain-ack", upTo: acked[i] as number });
      return;
    }
    if (s.log.length > before) sendMsg(i, succ(i), { kind: "chain-fwd", entries: s.log.slice(before) });
    else if ((acked[i] as number) > 0) sendMsg(i, from, { kind: "chain-ack", upTo: acked[i] as number });
  }

  function remove(x: number): void {
    const k = pos(x);
    const p = pred(x);
    chain = chain.filter((y) => y !== x);
    version++;
    log(-1, () => ({ source: "chain", type: "removed", kind: "role", removed: node(x).id, timeoutMs: fd.timeoutMs, chain: chain.map((y) => node(y).id) }));
    if (k === 0) return;
    if (p === tail()) {
      log(p, () => ({ source: "chain", type: "becomes-tail", kind: "role", pending: node(p).log.length - (acked[p] as number) }));
      commitAtTail(p, acked[p] as number, node(p).log.length);
      return;
    }
    const s = succ(p);
    log(p, () => ({ source: "chain", type: "resends", kind: "repl", fromLsn: (acked[p] as number) + 1, toLsn: node(p).log.length, successor: nodeName(sim, s) }));
    sendFrom(p, s, (acked[p] as number) + 1);
  }

  function probe(): void {
    for (const x of chain) {
      if (reachable(x)) unreachableSince[x] = -1;
      else if (unreachableSince[x] as number < 0) unreachableSince[x] = sim.now;
      else if (sim.now - (unreachableSince[x] as number) >= fd.timeoutMs && chain.length > 1) remove(x);
    }
    if (joining >= 0 && !reachable(joining)) joining = -1;
    if (joining >= 0 && node(joining).log.length >= node(tail()).log.length) {
      const t = tail();
      chain.push(joining);
      acked[t] = node(joining).log.length;
      acked[joining] = node(joining).log.length;
      log(joining, () => ({ source: "chain", type: "joins-as-tail", kind: "role" }));
      joining = -1;
      version++;
    } else if (joining < 0) {
      const back = order.find((y) => pos(y) < 0 && reachable(y) && reachable(tail()));
      if (back !== undefined) {
        joining = back;
        unreachableSince[back] = -1;
        truncateFrom(node(back), 1);
        log(back, () => ({ source: "chain", type: "rejoins", kind: "role", tail: node(tail()).id }));
        sendFrom(tail(), back, 1);
      }
    }
    // Retransmit windows whose acks have not moved since the last probe (a lost message or a restarted successor).
    for (const x of chain) {
      const s = succ(x);
      if (s >= 0 && s !== joining && node(x).log.length > (acked[x] as number) && ackedAtProbe[x] === acked[x]) sendFrom(x, s, (acked[x] as number) + 1);
      ackedAtProbe[x] = acked[x] as number;
    }
  }

  return {
    name: "chain",
    ops: ["read", "write"],
    start(): void {
      chain.forEach((x, k) => {
        node(x).role = k === 0 ? "head" : k === chain.length - 1 ? "tail" : "middle";
        node(x).epoch = toEpoch(1);
      });
      setTimer(sim, -1, fd.intervalMs, { kind: "master" } satisfies Timer, true);
    },
    onClientRequest(_sim, i, op): void {
      switch (op.input.f) {
        case "read":
          if (i === tail()) reply(sim, i, op, "ok", node(i).kv.get(op.key)?.value ?? null);
          else sendMsg(i, tail(), { kind: "chain-client", op });
          return;
        case "write":
          if (i === head()) write(i, op);
          else sendMsg(i, head(), { kind: "chain-client", op });
          return;
        default: {
          const never: never = op.input;
          return never;
        }
      }
    },
    onMessage(_sim, env): void {
      const i = env.to;
      const m = env.body;
      switch (m.kind) {
        case "chain-fwd":
          onForward(i, env.from, m.entries);
          return;
        case "chain-ack":
          if (succ(i) !== env.from || m.upTo <= (acked[i] as number)) return;
          acked[i] = m.upTo;
          if (pred(i) >= 0) sendMsg(i, pred(i), { kind: "chain-ack", upTo: m.upTo });
          return;
        case "chain-resend":
          if (succ(i) === env.from) sendFrom(i, env.from, m.have + 1);
          return;
        case "chain-client":
          // Forwarded once: a server that is no longer the right one lets the client time out.
          if (m.op.input.f === "read" ? i === tail() : i === head()) this.onClientRequest(sim, i, m.op);
          return;
        default: {
          const never: never = m;
          return never;
        }
      }
    },
    onTimer(_sim, _i, t): void {
      switch (t.kind) {
        case "master":
          probe();
          chain.forEach((x, k) => {
            node(x).role = chain.length === 1 ? "head+tail" : k === 0 ? "head" : k === chain.length - 1 ? "tail" : "middle";
            node(x).epoch = toEpoch(version);
          });
          for (let x = 0; x < n; x++) if (pos(x) < 0) node(x).role = x === joining ? "joining" : "removed";
          setTimer(sim, -1, fd.intervalMs, t, true);
          return;
        default: {
          const never: never = t.kind;
          return never;
        }
      }
    },
    onAction(_sim, a: ProtocolAction): ActionResult {
      switch (a.type) {
        case "restart": {
          const i = sim.nodeIndex.get(a.node) ?? -1;
          const p = pred(i);
          if (p >= 0) sendMsg(i, p, { kind: "chain-resend", have: node(i).log.length });
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
    routeToLeader: (_sim, _home, f) => (f === "read" ? tail() : head()),
    settled(): boolean {
      if (joining >= 0) return false;
      const last = node(head()).log.length;
      for (const x of chain) if (node(x).status !== "up" || node(x).log.length !== last) return false;
      return !order.some((y) => pos(y) < 0 && reachable(y));
    },
    authoritativeNode: () => tail(),
    nodeView(_sim, i): ProtocolNodeView {
      const k = pos(i);
      if (k < 0) return { role: i === joining ? "joining" : "removed" };
      const unacked = node(i).log.length - (acked[i] as number);
      return { role: node(i).role, note: `chain v${version}, position ${k + 1} of ${chain.length}${i !== tail() && unacked > 0 ? `, ${unacked} sent not acked` : ""}` };
    },
    counters: () => ({ chainLength: chain.length, reconfigurations: version - 1 }),
  };
}
