/**
 * Runs a scenario question's plan on the engine: the registry scenario with the
 * variant's seed, the plan's actions injected at their times, then the run to
 * `until`. The lab replays exactly this from (scenario, seed, actionLog).
 */
import {
  createSimulation,
  inject,
  runUntil,
  scenarios,
  type Action,
  type ActionLogEntry,
  type Sim,
  type SimOptions,
} from "@/lib/sim";

export interface PlannedAction {
  readonly at: number;
  readonly action: Action;
}

export interface ScenarioPlan {
  /** A name in the scenario registry (so the lab can open it). */
  readonly scenario: string;
  readonly seed: number;
  readonly actions: readonly PlannedAction[];
  /** Virtual time the run stops at. */
  readonly until: number;
  /** The moment the question is asked: the pre-answer timeline stops here. */
  readonly askAt: number;
}

export interface PlanRun {
  readonly sim: Sim;
  readonly actionLog: readonly ActionLogEntry[];
}

/**
 * Deterministic: the same plan (and options) always gives the same run. Throws for an unknown scenario (a generator
 * bug).
 * `options.hidden` varies what the candidate is not shown (content:check's answerability check); the lab never sets it.
 */
export function runPlan(plan: ScenarioPlan, options: SimOptions = {}): PlanRun {
  const base = scenarios[plan.scenario];
  if (!base) throw new Error(`unknown scenario "${plan.scenario}"`);
  const sim = createSimulation({ ...base, seed: plan.seed }, options);
  const ordered = [...plan.actions].sort((a, b) => a.at - b.at);
  for (const { at, action } of ordered) {
    runUntil(sim, at);
    inject(sim, action);
  }
  runUntil(sim, plan.until);
  return { sim, actionLog: sim.actionLog.slice() };
}
