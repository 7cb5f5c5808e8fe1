import { listScenarios } from "@/lib/sim/scenarios";

/**
 * The simulator scenarios a lesson may embed, read from the engine's registry
 * (lib/sim/scenarios): adding a scenario there makes it embeddable here, and
 * content:check rejects any name the registry does not have.
 */
export interface ScenarioInfo {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

export const scenarioCatalog: readonly ScenarioInfo[] = listScenarios().map((scenario) => ({
  id: scenario.name,
  title: scenario.title,
  description: scenario.description,
}));

export const SCENARIO_IDS = scenarioCatalog.map((scenario) => scenario.id) as [string, ...string[]];

export function scenarioInfo(id: string): ScenarioInfo | undefined {
  return scenarioCatalog.find((scenario) => scenario.id === id);
}
