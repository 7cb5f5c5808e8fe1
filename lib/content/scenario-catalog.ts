/**
 * The simulator scenarios lessons may embed. The engine's scenario registry
 * (lib/sim/scenarios) is being written in another issue; until it is committed
 * this typed list is the source, with the title and description each scenario
 * is expected to carry. Switch `scenarioCatalog` to the registry when it lands.
 */
export const SCENARIO_IDS = [
  "lag-stale-read",
  "split-brain",
  "split-brain-fenced",
  "github-2018",
  "semi-sync-fallback",
  "sync-no-loss",
] as const;

export type ScenarioId = (typeof SCENARIO_IDS)[number];

export interface ScenarioInfo {
  readonly id: ScenarioId;
  readonly title: string;
  readonly description: string;
}

const INFO: Record<ScenarioId, Omit<ScenarioInfo, "id">> = {
  "lag-stale-read": {
    title: "Replication lag and a stale read",
    description: "A client writes to the leader and immediately reads from a lagging replica, which still returns the old value.",
  },
  "split-brain": {
    title: "Split brain without fencing",
    description: "A partition isolates the leader, a replica is promoted, and both sides accept writes for the same keys.",
  },
  "split-brain-fenced": {
    title: "Split brain, fenced by epochs",
    description: "The same partition and promotion, but storage rejects writes stamped with the old leader's epoch.",
  },
  "github-2018": {
    title: "GitHub, October 2018",
    description: "A 43-second cross-country partition during which a quorum of failover managers promotes primaries in the other region.",
  },
  "semi-sync-fallback": {
    title: "Semi-sync falls back to async",
    description: "The only acknowledging replica stops answering; after the timeout the leader keeps committing asynchronously.",
  },
  "sync-no-loss": {
    title: "Synchronous replication loses nothing",
    description: "The leader crashes right after acknowledging writes; the promoted replica already holds every one of them.",
  },
};

export const scenarioCatalog: readonly ScenarioInfo[] = SCENARIO_IDS.map((id) => ({ id, ...INFO[id] }));

export function scenarioInfo(id: string): ScenarioInfo | undefined {
  return scenarioCatalog.find((scenario) => scenario.id === id);
}
