/**
 * A protocol written as a view over its state: `bind(sim, s)` returns handlers
 * that close over the run (`sim`) and its plain-data state `s`, and keep no
 * state of their own — every mutable field lives in `s`, which `init` builds.
 * That keeps a multi-module protocol's helpers as small closures instead of
 * threading `(sim, s)` through every call, while the protocol object stays
 * stateless and a checkpoint (a clone of `s`) resumes exactly.
 *
 * Views are memoised per state object: the hot path pays one identity check.
 * A restored run has a new state object, so it gets a fresh view over it.
 */
import type { ActionResult } from "../actions";
import type { OpInput, Value } from "../history";
import type { OpKind, OpOf, Protocol, ProtocolAction, ProtocolNodeView } from "../protocol";
import type { Envelope, MessageBody, Sim, TimerBody } from "../sim-state";

/** The handlers of one run, bound to its `sim` and state. Must not hold mutable state outside `s`. */
export interface ProtocolView<K extends OpKind, M extends MessageBody, T extends TimerBody> {
  start(): void;
  onClientRequest(node: number, op: OpOf<K>): void;
  onMessage(msg: Envelope<M>): void;
  onTimer(node: number, timer: T): void;
  onAction(action: ProtocolAction): ActionResult;
  routeToLeader(home: number, f?: OpInput["f"], key?: string): number;
  settled(): boolean;
  authoritativeNode(): number;
  nodeView(node: number): ProtocolNodeView;
  checkerState?(): {
    readonly survivingWrites: ReadonlyArray<{ readonly key: string; readonly value: Value }>;
    readonly replicaStates: Record<string, Record<string, Value>>;
  };
  counters?(): Readonly<Record<string, number>>;
}

export interface BoundProtocolSpec<K extends OpKind, M extends MessageBody, T extends TimerBody, S extends object> {
  readonly name: string;
  readonly ops: readonly K[];
  readonly init: (sim: Sim) => S;
  readonly bind: (sim: Sim, s: S) => ProtocolView<K, M, T>;
  /** Whether the protocol supplies its own checker input (see `Protocol.checkerState`). */
  readonly ownCheckerState: boolean;
}

/** Memoises `bind` per state object; the last one is checked first, so the hot path pays one comparison. */
export function memoBind<S extends object, V>(bind: (sim: Sim, s: S) => V): (sim: Sim, s: S) => V {
  const views = new WeakMap<S, V>();
  let lastState: S | undefined;
  let lastView: V | undefined;
  return (sim, s) => {
    if (s === lastState) return lastView as V;
    let v = views.get(s);
    if (v === undefined) {
      v = bind(sim, s);
      views.set(s, v);
    }
    lastState = s;
    lastView = v;
    return v;
  };
}

/** Turns a view-style protocol into the stateless `Protocol` the core drives. */
export function boundProtocol<K extends OpKind, M extends MessageBody, T extends TimerBody, S extends object>(
  spec: BoundProtocolSpec<K, M, T, S>,
): Protocol<K, M, T, S> {
  const view = memoBind(spec.bind);
  const p: Protocol<K, M, T, S> = {
    name: spec.name,
    ops: spec.ops,
    init: spec.init,
    start: (sim, s) => view(sim, s).start(),
    onClientRequest: (sim, s, node, op) => view(sim, s).onClientRequest(node, op),
    onMessage: (sim, s, msg) => view(sim, s).onMessage(msg),
    onTimer: (sim, s, node, timer) => view(sim, s).onTimer(node, timer),
    onAction: (sim, s, action) => view(sim, s).onAction(action),
    routeToLeader: (sim, s, home, f, key) => view(sim, s).routeToLeader(home, f, key),
    settled: (sim, s) => view(sim, s).settled(),
    authoritativeNode: (sim, s) => view(sim, s).authoritativeNode(),
    nodeView: (sim, s, node) => view(sim, s).nodeView(node),
    counters: (sim, s) => view(sim, s).counters?.() ?? {},
  };
  return spec.ownCheckerState
    ? { ...p, checkerState: (sim, s) => view(sim, s).checkerState?.() ?? { survivingWrites: [], replicaStates: {} } }
    : p;
}
