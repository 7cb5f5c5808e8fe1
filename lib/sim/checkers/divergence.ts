import type { Value } from "../history";
import { formatValue, valueKey } from "./describe";
import type { Violation } from "./types";

/**
 * Replica divergence after quiescence: for every key held by any node, all
 * nodes must hold the same value. A key a node does not hold counts as null
 * (missing), the same convention reads use. `at` is the time of the snapshot.
 */
export function checkDivergence(
  replicaStates: Readonly<Record<string, Readonly<Record<string, Value>>>>,
  at = 0,
): Violation[] {
  const nodes = Object.keys(replicaStates).sort();
  const keys = [...new Set(nodes.flatMap((n) => Object.keys(replicaStates[n] ?? {})))].sort();
  const violations: Violation[] = [];
  for (const key of keys) {
    const groups = new Map<string, { value: Value; nodes: string[] }>();
    for (const node of nodes) {
      const value = replicaStates[node]?.[key] ?? null;
      const group = groups.get(valueKey(value));
      if (group) group.nodes.push(node);
      else groups.set(valueKey(value), { value, nodes: [node] });
    }
    if (groups.size < 2) continue;
    const parts = [...groups.values()].map(
      (g) => `${g.nodes.join(", ")} ${g.nodes.length > 1 ? "hold" : "holds"} ${formatValue(g.value)}`,
    );
    violations.push({
      checker: "divergence",
      key,
      opIds: [],
      at,
      explanation: `Replicas disagree on ${key} after quiescence: ${parts.join("; ")}.`,
    });
  }
  return violations;
}
