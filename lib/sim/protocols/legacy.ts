/**
 * Temporary bridge while protocols move from closure state to `Protocol<K, M, T, S>`:
 * a closure-style protocol instance becomes the state of a stateless adapter. Such a
 * run cannot be checkpointed (its state holds functions). Deleted once every protocol
 * keeps its state as plain data.
 */
import type { ActionResult } from "../actions";
import type { OpInput, Value } from "../history";
import type { OpKind, OpOf, Protocol, ProtocolAction, ProtocolNodeView } from "../protocol";
import type { Envelope, MessageBody, Sim, TimerBody } from "../sim-state";

export interface LegacyProtocol<K extends OpKind = OpKind, M extends MessageBody = MessageBody, T extends TimerBody = TimerBody> {
  readonly name: string;
  readonly ops: readonly K[];
  start(sim: Sim): void;
  onClientRequest(sim: Sim, node: number, op: OpOf<K>): void;
  onMessage(sim: Sim, msg: Envelope<M>): void;
  onTimer(sim: Sim, node: number, timer: T): void;
  onAction(sim: Sim, action: ProtocolAction): ActionResult;
  routeToLeader(sim: Sim, home: number, f?: OpInput["f"], key?: string): number;
  settled(sim: Sim): boolean;
  authoritativeNode(sim: Sim): number;
  nodeView(sim: Sim, node: number): ProtocolNodeView;
  checkerState?(sim: Sim): { readonly survivingWrites: ReadonlyArray<{ readonly key: string; readonly value: Value }>; readonly replicaStates: Record<string, Record<string, Value>> };
  counters?(sim: Sim): Readonly<Record<string, number>>;
}

interface LegacyState {
  readonly instance: LegacyProtocol<"read" | "write">;
}

export function fromLegacy(name: string, factory: (sim: Sim) => LegacyProtocol<"read" | "write">, ownCheckerState: boolean): Protocol<"read" | "write", MessageBody, TimerBody, LegacyState> {
  const p: Protocol<"read" | "write", MessageBody, TimerBody, LegacyState> = {
    name,
    ops: ["read", "write"],
    init: (sim) => ({ instance: factory(sim) }),
    start: (sim, s) => s.instance.start(sim),
    onClientRequest: (sim, s, node, op) => s.instance.onClientRequest(sim, node, op),
    onMessage: (sim, s, msg) => s.instance.onMessage(sim, msg),
    onTimer: (sim, s, node, timer) => s.instance.onTimer(sim, node, timer),
    onAction: (sim, s, action) => s.instance.onAction(sim, action),
    routeToLeader: (sim, s, home, f, key) => s.instance.routeToLeader(sim, home, f, key),
    settled: (sim, s) => s.instance.settled(sim),
    authoritativeNode: (sim, s) => s.instance.authoritativeNode(sim),
    nodeView: (sim, s, node) => s.instance.nodeView(sim, node),
    counters: (sim, s) => s.instance.counters?.(sim) ?? {},
  };
  return ownCheckerState ? { ...p, checkerState: (sim, s) => s.instance.checkerState?.(sim) ?? { survivingWrites: [], replicaStates: {} } } : p;
}
