/**
 * Scenario questions: derive the variant for a seed by running the engine and
 * probing the run. The answer key comes from the run, never from the author.
 */
import {
  historyOf,
  lostWrites,
  recordText,
  type ActionLogEntry,
  type EventKind,
  type LogRecord,
  type Sim,
  type SimOptions,
} from "@/lib/sim";
import { runCheckers } from "@/lib/sim/checkers";
import { describeOp } from "@/lib/sim/checkers/describe";
import { generators, type AnswerSpace, type Generator, type Params, type ProbeResult } from "./generators";
import { runPlan } from "./scenario-run";
import type { ScenarioQuestion } from "./schema";
import { drawParams, fillTemplate } from "./variant";

export interface LabRun {
  readonly scenario: string;
  readonly seed: number;
  readonly actions: readonly ActionLogEntry[];
  readonly time: number;
}

export interface DerivedVariant {
  readonly seed: number;
  readonly params: Params;
  readonly prompt: string;
  readonly setup: string;
  /** Compact timeline of the run up to the moment the question is asked. */
  readonly timeline: readonly string[];
  readonly space: AnswerSpace;
  /** The key: an option id or a number. */
  readonly answer: string | number;
  readonly tolerance: number;
  /** After grading: the operations that show the answer, checker explanations and the events around them. */
  readonly witness: {
    readonly ops: readonly string[];
    readonly findings: readonly string[];
    readonly events: readonly string[];
  };
  readonly lab: LabRun;
}

export type DeriveResult =
  { readonly ok: true; readonly variant: DerivedVariant } | { readonly ok: false; readonly reason: string };

const TIMELINE_KINDS = new Set<EventKind>(["fault", "role", "mode", "detector", "reject"]);

function line(r: LogRecord): string {
  return `${Math.round(r.at)} ms${r.node ? ` ${r.node}` : ""}: ${recordText(r)}`;
}

/** The operation an event is about, or null. */
const opOf = (r: LogRecord): number | null =>
  r.event.type === "op-invoked" || r.event.type === "op-completed" ? r.event.opId : null;

function lastLines(events: readonly LogRecord[], keep: (r: LogRecord) => boolean, max: number): string[] {
  const out: string[] = [];
  for (const r of events) if (keep(r)) out.push(line(r));
  return out.length > max ? [`… ${out.length - max} earlier events`, ...out.slice(-max)] : out;
}

/** The probe's answer if it is a valid key for the question's answer space, else why not. */
function checkedProbe(
  gen: Generator,
  sim: Sim,
  params: Params,
): { ok: true; probe: Extract<ProbeResult, { ok: true }>; space: AnswerSpace } | { ok: false; reason: string } {
  const probe = gen.probe(sim, params);
  if (!probe.ok) return { ok: false, reason: probe.reason };
  const space = gen.space(params);
  if (space.kind === "choice") {
    const ids = space.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) return { ok: false, reason: "two options share an id" };
    if (typeof probe.answer !== "string" || !ids.includes(probe.answer))
      return { ok: false, reason: `the run's outcome ${JSON.stringify(probe.answer)} matches no option` };
  } else if (typeof probe.answer !== "number" || !Number.isFinite(probe.answer))
    return { ok: false, reason: "the run gave no number" };
  return { ok: true, probe, space };
}

export type KeyResult =
  { readonly ok: true; readonly answer: string | number } | { readonly ok: false; readonly reason: string };

/**
 * Only the key for `seed`, from a run with `options` (content:check passes hidden inputs here).
 * Cheaper than `deriveScenario`: no event log, no checkers, no witness.
 */
export function scenarioKey(q: ScenarioQuestion, seed: number, options: SimOptions = {}): KeyResult {
  const gen = generators[q.generator];
  if (!gen) return { ok: false, reason: `unknown generator "${q.generator}"` };
  const params = drawParams(q, seed);
  const { sim } = runPlan(gen.plan(params, seed), { eventLog: false, ...options });
  const checked = checkedProbe(gen, sim, params);
  return checked.ok ? { ok: true, answer: checked.probe.answer } : checked;
}

/** Runs the question's generator for `seed`. Pure and deterministic. */
export function deriveScenario(q: ScenarioQuestion, seed: number): DeriveResult {
  const gen = generators[q.generator];
  if (!gen) return { ok: false, reason: `unknown generator "${q.generator}"` };
  const params = drawParams(q, seed);
  const plan = gen.plan(params, seed);
  const { sim, actionLog } = runPlan(plan);
  const checked = checkedProbe(gen, sim, params);
  if (!checked.ok) return checked;
  const { probe, space } = checked;

  const focus = new Set(gen.focusKeys);
  const history = historyOf(sim).filter((op) => focus.has(op.key));
  const survivors = lostWrites(sim);
  const report = history.length > 0 ? runCheckers({ history, maxSteps: 200_000 }) : { violations: [] };
  const findings = [
    ...report.violations.map((v) => v.explanation),
    ...(probe.note && !report.violations.some((v) => v.explanation === probe.note) ? [probe.note] : []),
  ];
  const first = probe.witness.reduce((m, op) => Math.min(m, op.invokedAt), plan.askAt);
  const lastT = probe.witness.reduce((m, op) => Math.max(m, op.completedAt ?? op.invokedAt), plan.askAt);
  const witnessIds = new Set(probe.witness.map((op) => op.id));
  return {
    ok: true,
    variant: {
      seed,
      params,
      prompt: fillTemplate(q.prompt, params),
      setup: gen.setup(params),
      timeline: lastLines(
        sim.events.filter((r) => r.at <= plan.askAt),
        (r) => TIMELINE_KINDS.has(r.event.kind),
        12,
      ),
      space,
      answer: probe.answer,
      tolerance: q.tolerance,
      witness: {
        ops: probe.witness.map(
          (op) => describeOp(op) + (survivors.some((w) => w.id === op.id) ? " — acknowledged, then lost" : ""),
        ),
        findings,
        events: lastLines(
          sim.events.filter((r) => r.at >= first - 1 && r.at <= lastT + 1),
          (r) => TIMELINE_KINDS.has(r.event.kind) || witnessIds.has(opOf(r) ?? Number.NaN),
          15,
        ),
      },
      lab: { scenario: plan.scenario, seed, actions: actionLog, time: plan.until },
    },
  };
}
