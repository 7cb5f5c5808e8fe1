/**
 * A Scenario: plain JSON data describing a cluster, its network, its faults and
 * its workload. Validated with zod at the edge; the engine trusts the result.
 */
import { z } from "zod";
import { ActionSchema, ModeSchema, actionNodeRefs, type ScheduledAction } from "./actions";
import { GaleraParamsSchema, galeraParamIssues } from "./protocols/galera-params";
import { MultiMasterParamsSchema, multiMasterParamIssues } from "./protocols/multi-master-params";
import { RaftParamsSchema, raftParamIssues } from "./protocols/raft-params";

const nodeIdSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,23}$/, "node ids start with a letter and use letters, digits, - or _");

export const LatencySchema = z.object({
  baseMs: z.number().nonnegative(),
  jitter: z.enum(["none", "uniform", "exponential", "normal"]).default("none"),
  jitterMs: z.number().nonnegative().default(0),
});

const LinkSchema = z.object({
  from: z.array(z.string()).min(1),
  to: z.array(z.string()).min(1),
  latency: LatencySchema,
  /** Apply to to → from as well (default). */
  bidirectional: z.boolean().default(true),
});

const ClientGroupSchema = z.object({ near: z.string(), count: z.number().int().min(1).max(1000).default(1) });

const WorkloadSchema = z.object({
  clients: z.array(ClientGroupSchema).min(1),
  /** Operations per second per client (closed loop: a client waits for each answer). */
  ratePerClient: z.number().positive(),
  readFraction: z.number().min(0).max(1).default(0.5),
  keys: z
    .object({
      count: z.number().int().min(1).max(100000).default(10),
      hotKey: z.string().optional(),
      /** Fraction of operations aimed at the hot key. */
      hotFraction: z.number().min(0).max(1).default(0),
    })
    .default({ count: 10, hotFraction: 0 }),
  startMs: z.number().nonnegative().default(0),
  stopMs: z.number().nonnegative().optional(),
  readRouting: z.enum(["leader-only", "any-replica", "nearest"]).default("leader-only"),
});

const FailureDetectorSchema = z.object({
  enabled: z.boolean().default(false),
  /** The leader must be unreachable for this long before a replica is promoted. */
  timeoutMs: z.number().positive().default(5000),
  intervalMs: z.number().positive().default(500),
  /** Where the detector (Orchestrator) probes from; defaults to the first replica. */
  location: z.string().optional(),
});

const NodesSchema = z
  .array(z.object({ id: nodeIdSchema, region: z.string().optional() }))
  .min(1)
  .max(64);

/**
 * Each protocol's parameters, discriminated on `protocol`. Cross-field rules (W ≤ N, known node ids) are in the
 * superRefine below.
 */
export const TopologySchema = z.discriminatedUnion("protocol", [
  z.object({
    protocol: z.literal("single-leader"),
    nodes: NodesSchema,
    leader: z.string(),
    params: z.object({ heartbeatMs: z.number().positive().default(100) }).default({ heartbeatMs: 100 }),
  }),
  /** Dynamo-style quorums: see protocols/leaderless.ts. */
  z.object({
    protocol: z.literal("leaderless"),
    nodes: NodesSchema,
    /** Replicas per key (the preference list's length). */
    n: z.number().int().min(1).default(3),
    /** Acknowledgements a write waits for (default for every write). */
    w: z.number().int().min(1).default(2),
    /** Replies a read waits for (default for every read). */
    r: z.number().int().min(1).default(2),
    /** Virtual nodes per node on the consistent-hash ring. */
    vnodes: z.number().int().min(1).max(256).default(16),
    /**
     * Dynamo's sloppy quorum: write to the next healthy nodes on the ring when home replicas are unreachable; their
     * acks count toward W, and they hand the write back later.
     */
    sloppyQuorum: z.boolean().default(false),
    /**
     * Cassandra's hinted handoff: the coordinator keeps a hint for each unreachable home replica; hints never count
     * toward W.
     */
    hintedHandoff: z.boolean().default(false),
    /**
     * Cassandra's max_hint_window (default 3 h): once a replica has been unreachable this long, coordinators stop
     * storing hints for it.
     */
    hintWindowMs: z
      .number()
      .positive()
      .max(7 * 24 * 3_600_000)
      .default(3 * 3_600_000),
    /** How often a node holding hints tries to hand them off (and checks which peers are unreachable). */
    handoffIntervalMs: z.number().positive().default(500),
    readRepair: z.boolean().default(true),
    /**
     * blocking: a read answers only after the replicas it read from that were behind have taken the newest version
     * (Cassandra at QUORUM); background: it answers first and repairs after (Dynamo, Riak).
     */
    readRepairMode: z.enum(["background", "blocking"]).default("background"),
    /** Period of anti-entropy rounds (each node syncs with one peer); 0 turns anti-entropy off. */
    antiEntropyMs: z.number().nonnegative().default(0),
    /** A coordinator gives up waiting for W or R replies after this long. */
    requestTimeoutMs: z.number().positive().default(500),
  }),
  /** Chain replication (van Renesse & Schneider): see protocols/chain.ts. */
  z.object({
    protocol: z.literal("chain"),
    nodes: NodesSchema,
    /** Chain order, head first; defaults to `nodes` order. */
    chain: z.array(z.string()).min(1).optional(),
  }),
  /** Asynchronous multi-master (every node takes writes): see protocols/multi-master.ts. */
  z.object({ protocol: z.literal("multi-master"), nodes: NodesSchema, params: MultiMasterParamsSchema.prefault({}) }),
  /** Galera-style certification-based synchronous multi-master: see protocols/galera.ts. */
  z.object({ protocol: z.literal("galera"), nodes: NodesSchema, params: GaleraParamsSchema.prefault({}) }),
  /** Raft consensus: see protocols/raft.ts. */
  z.object({ protocol: z.literal("raft"), nodes: NodesSchema, params: RaftParamsSchema.prefault({}) }),
]);

const ClockSchema = z.object({ offsetMs: z.number().default(0), drift: z.number().gt(-0.5).lt(0.5).default(0) });

export const ScenarioSchema = z
  .object({
    title: z.string().optional(),
    description: z.string().optional(),
    seed: z.number().int(),
    durationMs: z.number().positive().default(60000),
    topology: TopologySchema,
    replication: z
      .object({
        mode: ModeSchema.default("async"),
        semiSyncTimeoutMs: z.number().positive().default(10000),
        semiSyncWaitCount: z.number().int().min(1).default(1),
        syncReplicas: z.union([z.literal("all"), z.number().int().min(1)]).default("all"),
      })
      .default({ mode: "async", semiSyncTimeoutMs: 10000, semiSyncWaitCount: 1, syncReplicas: "all" }),
    /** Per-replica apply lag in ms: the time between receiving an entry and applying it. */
    applyLagMs: z.record(z.string(), z.number().nonnegative()).default({}),
    clocks: z.record(z.string(), ClockSchema).default({}),
    network: z
      .object({
        latency: LatencySchema.default({ baseMs: 1, jitter: "none", jitterMs: 0 }),
        links: z.array(LinkSchema).default([]),
        lossProbability: z.number().min(0).max(1).default(0),
        clientLatencyMs: z.number().nonnegative().default(0.5),
      })
      .default({
        latency: { baseMs: 1, jitter: "none", jitterMs: 0 },
        links: [],
        lossProbability: 0,
        clientLatencyMs: 0.5,
      }),
    fencing: z
      .object({ enabled: z.boolean().default(false), leaseMs: z.number().positive().default(2000) })
      .default({ enabled: false, leaseMs: 2000 }),
    failureDetector: FailureDetectorSchema.default({ enabled: false, timeoutMs: 5000, intervalMs: 500 }),
    clientTimeoutMs: z.number().positive().default(2000),
    faults: z.array(z.intersection(z.object({ at: z.number().nonnegative() }), ActionSchema)).default([]),
    workload: WorkloadSchema.optional(),
    eventLog: z.boolean().default(true),
  })
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    s.topology.nodes.forEach((n, i) => {
      if (ids.has(n.id))
        ctx.addIssue({ code: "custom", path: ["topology", "nodes", i, "id"], message: `duplicate node "${n.id}"` });
      ids.add(n.id);
    });
    const check = (node: string, path: Array<string | number>) => {
      if (!ids.has(node)) ctx.addIssue({ code: "custom", path, message: `unknown node "${node}"` });
    };
    const topo = s.topology;
    switch (topo.protocol) {
      case "single-leader":
        check(topo.leader, ["topology", "leader"]);
        break;
      case "leaderless": {
        const nodes = topo.nodes.length;
        if (topo.n > nodes)
          ctx.addIssue({
            code: "custom",
            path: ["topology", "n"],
            message: `N must be at most the number of nodes (${nodes})`,
          });
        const n = Math.min(topo.n, nodes);
        if (topo.w > n)
          ctx.addIssue({ code: "custom", path: ["topology", "w"], message: `W must be between 1 and N (${n})` });
        if (topo.r > n)
          ctx.addIssue({ code: "custom", path: ["topology", "r"], message: `R must be between 1 and N (${n})` });
        if (topo.sloppyQuorum && topo.hintedHandoff)
          ctx.addIssue({
            code: "custom",
            path: ["topology", "hintedHandoff"],
            message:
              "choose one: Dynamo's sloppy quorum (stand-ins count toward W) or Cassandra's hinted handoff (hints never count)",
          });
        break;
      }
      case "chain": {
        const seen = new Set<string>();
        topo.chain?.forEach((id, i) => {
          check(id, ["topology", "chain", i]);
          if (seen.has(id))
            ctx.addIssue({
              code: "custom",
              path: ["topology", "chain", i],
              message: `"${id}" appears twice in the chain`,
            });
          seen.add(id);
        });
        break;
      }
      case "multi-master":
      case "galera":
      case "raft": {
        const issues =
          topo.protocol === "galera"
            ? galeraParamIssues(topo.params, [...ids])
            : topo.protocol === "raft"
              ? raftParamIssues(topo.params, [...ids])
              : multiMasterParamIssues(topo.params, ids);
        for (const i of issues)
          ctx.addIssue({ code: "custom", path: ["topology", "params", ...i.path], message: i.message });
        break;
      }
      default: {
        const never: never = topo;
        return never;
      }
    }
    for (const k of Object.keys(s.applyLagMs)) check(k, ["applyLagMs", k]);
    for (const k of Object.keys(s.clocks)) check(k, ["clocks", k]);
    s.network.links.forEach((l, i) => {
      l.from.forEach((n, j) => check(n, ["network", "links", i, "from", j]));
      l.to.forEach((n, j) => check(n, ["network", "links", i, "to", j]));
    });
    s.faults.forEach((f, i) => {
      for (const ref of actionNodeRefs(f)) {
        const parts = ref.field.match(/^(\w+)(?:\[(\d+)\])?$/);
        const path: Array<string | number> = ["faults", i, parts?.[1] ?? ref.field];
        if (parts?.[2] !== undefined) path.push(Number(parts[2]));
        check(ref.node, path);
      }
    });
    s.workload?.clients.forEach((c, i) => check(c.near, ["workload", "clients", i, "near"]));
    if (s.failureDetector.location !== undefined) check(s.failureDetector.location, ["failureDetector", "location"]);
    const replicas = s.topology.nodes.length - 1;
    if (typeof s.replication.syncReplicas === "number" && s.replication.syncReplicas > replicas)
      ctx.addIssue({
        code: "custom",
        path: ["replication", "syncReplicas"],
        message: `only ${replicas} replicas exist`,
      });
    if (s.replication.semiSyncWaitCount > Math.max(1, replicas))
      ctx.addIssue({
        code: "custom",
        path: ["replication", "semiSyncWaitCount"],
        message: `only ${replicas} replicas exist`,
      });
  });

/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof ScenarioSchema>;
export type Topology = Scenario["topology"];
export type TopologyOf<P extends Topology["protocol"]> = Extract<Topology, { protocol: P }>;

/**
 * The topology narrowed to protocol `p`. A protocol factory calls this for its own parameters; a mismatch is a bug, so
 * it throws.
 */
export function topologyFor<P extends Topology["protocol"]>(s: Scenario, p: P): TopologyOf<P> {
  if (s.topology.protocol !== p) throw new Error(`scenario topology is ${s.topology.protocol}, not ${p}`);
  return s.topology as TopologyOf<P>;
}

/** Where clients without a home go by default: the single leader, else the first node. */
export function defaultNodeName(s: Scenario): string {
  return s.topology.protocol === "single-leader" ? s.topology.leader : (s.topology.nodes[0]?.id ?? "");
}
/** What authors write: defaults may be left out. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

export interface ParseIssue {
  readonly path: string;
  readonly message: string;
}
export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: { readonly message: string; readonly issues: readonly ParseIssue[] } };

/** Renders a zod path as `faults[2].node`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? String(p) : `.${String(p)}`;
  }
  return out === "" ? "(root)" : out;
}

export function issuesToError(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): {
  message: string;
  issues: ParseIssue[];
} {
  const list = issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
  return { message: list.map((i) => `${i.path}: ${i.message}`).join("; "), issues: list };
}

/** Validates untrusted data; never throws. Errors name the field path, e.g. `faults[2].node: unknown node "D"`. */
export function parseScenario(input: unknown): ParseResult<Scenario> {
  const r = ScenarioSchema.safeParse(input);
  if (r.success) return { success: true, data: r.data };
  return { success: false, error: issuesToError(r.error.issues) };
}

/** For built-in scenarios, which are code: an invalid one is a bug, so this throws. */
export function defineScenario(input: ScenarioInput): Scenario {
  const r = parseScenario(input);
  if (!r.success) throw new Error(`invalid built-in scenario: ${r.error.message}`);
  return r.data;
}

export type { ScheduledAction };
