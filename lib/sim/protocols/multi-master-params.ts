/**
 * Scenario parameters of the asynchronous multi-master protocol
 * (`topology.params` when `topology.protocol` is "multi-master").
 */
import { z } from "zod";

/** Which node may write which key: none, own tables (key prefixes) or own rows (key ids). */
export const OwnershipSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("none") }),
  /** Each node writes only its own tables: keys starting with one of its prefixes ("users:" …). */
  z.object({ mode: z.literal("key-prefix"), prefixes: z.record(z.string(), z.array(z.string().min(1)).min(1)) }),
  /** Each node writes only its own rows: keys whose trailing integer id lies in its inclusive range. */
  z.object({
    mode: z.literal("key-range"),
    ranges: z.record(
      z.string(),
      z.object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative() }),
    ),
  }),
  /** MySQL auto_increment_increment = number of nodes, offset = node index: node i owns ids with id mod n = i. */
  z.object({ mode: z.literal("auto-increment") }),
]);
export type Ownership = z.output<typeof OwnershipSchema>;

export const MultiMasterParamsSchema = z.object({
  /**
   * lww: highest (skewed local timestamp, node id) wins; version-vectors: concurrent writes kept as siblings; counter:
   * writes are deltas, merged by sum.
   */
  conflict: z.enum(["lww", "version-vectors", "counter"]).default("lww"),
  /** Period of the catch-up resend of unacknowledged writes to each peer (after a cut heals). */
  replicationIntervalMs: z.number().positive().default(100),
  ownership: OwnershipSchema.default({ mode: "none" }),
  /** Refuse (fail) a write sent to a node that does not own its key. */
  enforceOwnership: z.boolean().default(true),
  /** Where clients send writes: their home node, or the key's owner (the application routes by table or row). */
  routeWrites: z.enum(["home", "owner"]).default("owner"),
  /** Period of the divergence sample (keys whose values differ among up nodes). */
  divergenceSampleMs: z.number().positive().default(250),
});
export type MultiMasterParams = z.output<typeof MultiMasterParamsSchema>;

/**
 * Cross-field checks: owner names must be nodes of the topology, ranges ordered. Paths are relative to
 * `topology.params`.
 */
export function multiMasterParamIssues(
  p: MultiMasterParams,
  nodes: ReadonlySet<string>,
): Array<{ path: Array<string | number>; message: string }> {
  const issues: Array<{ path: Array<string | number>; message: string }> = [];
  const o = p.ownership;
  const owners =
    o.mode === "key-prefix" ? Object.keys(o.prefixes) : o.mode === "key-range" ? Object.keys(o.ranges) : [];
  const field = o.mode === "key-prefix" ? "prefixes" : "ranges";
  for (const k of owners)
    if (!nodes.has(k)) issues.push({ path: ["ownership", field, k], message: `unknown node "${k}"` });
  if (o.mode === "key-range")
    for (const [k, r] of Object.entries(o.ranges))
      if (r.from > r.to)
        issues.push({
          path: ["ownership", "ranges", k, "to"],
          message: `range ends (${r.to}) before it starts (${r.from})`,
        });
  return issues;
}
