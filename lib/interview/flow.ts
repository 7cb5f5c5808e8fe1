/**
 * The mock-interview flow as a pure reducer: `transition(state, event)` returns
 * the next state and the timeline entries the step produced, as data. Time only
 * enters through events (`now`, wall-clock ms chosen by the driver), so the
 * same events always give the same state.
 */
import { z } from "zod";
import { TEXT_LIMITS } from "@/lib/text-limits";
import { isRubricLevel, RUBRIC_MAX_LEVEL, RUBRIC_MIN_LEVEL } from "@/lib/rubric-scale";
import { PHASE_IDS, phaseAt, phaseBoxes, phaseIndex as indexOfPhase, PHASES, type PhaseId } from "./phases";

export const DEFAULT_DURATION_MIN = 45;
/** What one "add time" gives, and the longest an interview may grow to with it. */
export const ADD_TIME_MS = 5 * 60_000;
export const MAX_DURATION_MS = 150 * 60_000;

const phaseIdSchema = z.enum(PHASE_IDS);

export const flowStateSchema = z.object({
  status: z.enum(["ready", "running", "paused", "finished"]),
  durationMs: z.number().int().positive(),
  phaseIndex: z
    .number()
    .int()
    .min(0)
    .max(PHASES.length - 1),
  /** Active (unpaused) interview time, up to `lastAt`. */
  elapsedMs: z.number().nonnegative(),
  /** Wall time the elapsed count was last brought up to; null unless running. */
  lastAt: z.number().nullable(),
  /** Elapsed time at which each entered phase began, in phase order. */
  phaseStarts: z.array(z.number().nonnegative()),
  notes: z.partialRecord(phaseIdSchema, z.string().max(TEXT_LIMITS.interviewPhaseNotes)),
  /** The whiteboard's Excalidraw scene (elements only, as JSON), drawn beside the notes. */
  whiteboard: z.string().max(TEXT_LIMITS.interviewWhiteboard).optional(),
  selfScores: z.record(z.string(), z.number().int().min(RUBRIC_MIN_LEVEL).max(RUBRIC_MAX_LEVEL)),
});
export type FlowState = z.infer<typeof flowStateSchema>;

export type FlowEvent =
  | { readonly type: "start"; readonly now: number }
  | { readonly type: "tick"; readonly now: number }
  | { readonly type: "advance-phase"; readonly now: number }
  | { readonly type: "pause"; readonly now: number }
  | { readonly type: "resume"; readonly now: number }
  | { readonly type: "add-time"; readonly now: number }
  | { readonly type: "edit-notes"; readonly phase: PhaseId; readonly text: string }
  | { readonly type: "edit-whiteboard"; readonly scene: string }
  | { readonly type: "finish"; readonly now: number }
  | { readonly type: "self-score"; readonly dimension: string; readonly level: number };

/** What a step adds to the session's timeline (stored as InterviewEvent rows). */
export type FlowEmitted =
  | { readonly kind: "phase"; readonly phase: PhaseId; readonly elapsedMs: number }
  | { readonly kind: "pause" | "resume" | "finish"; readonly elapsedMs: number }
  | { readonly kind: "time-added"; readonly addedMs: number; readonly elapsedMs: number };

export interface FlowStep {
  readonly state: FlowState;
  readonly emitted: readonly FlowEmitted[];
}

export function initialFlow(durationMin = DEFAULT_DURATION_MIN): FlowState {
  return {
    status: "ready",
    durationMs: Math.round(Math.max(1, durationMin) * 60_000),
    phaseIndex: 0,
    elapsedMs: 0,
    lastAt: null,
    phaseStarts: [],
    notes: {},
    selfScores: {},
  };
}

/** Brings the elapsed count up to `now`; a clock that went backwards adds nothing. */
function catchUp(state: FlowState, now: number): FlowState {
  if (state.status !== "running" || state.lastAt === null) return state;
  return {
    ...state,
    elapsedMs: state.elapsedMs + Math.max(0, now - state.lastAt),
    lastAt: Math.max(now, state.lastAt),
  };
}

const same = (state: FlowState): FlowStep => ({ state, emitted: [] });

/** Applies one event. Invariants: elapsed never counts paused time and never decreases; phases only move forward. */
export function transition(state: FlowState, event: FlowEvent): FlowStep {
  switch (event.type) {
    case "start": {
      if (state.status !== "ready") return same(state);
      const next: FlowState = { ...state, status: "running", lastAt: event.now, phaseStarts: [0] };
      return { state: next, emitted: [{ kind: "phase", phase: phaseAt(0).id, elapsedMs: 0 }] };
    }
    case "tick":
      return same(catchUp(state, event.now));
    case "advance-phase": {
      if (state.status === "ready" || state.status === "finished") return same(state);
      if (state.phaseIndex >= PHASES.length - 1) return same(state);
      const caught = catchUp(state, event.now);
      const phaseIndex = caught.phaseIndex + 1;
      const next = { ...caught, phaseIndex, phaseStarts: [...caught.phaseStarts, caught.elapsedMs] };
      return { state: next, emitted: [{ kind: "phase", phase: phaseAt(phaseIndex).id, elapsedMs: caught.elapsedMs }] };
    }
    case "pause": {
      if (state.status !== "running") return same(state);
      const caught = catchUp(state, event.now);
      return {
        state: { ...caught, status: "paused", lastAt: null },
        emitted: [{ kind: "pause", elapsedMs: caught.elapsedMs }],
      };
    }
    case "resume": {
      if (state.status !== "paused") return same(state);
      return {
        state: { ...state, status: "running", lastAt: event.now },
        emitted: [{ kind: "resume", elapsedMs: state.elapsedMs }],
      };
    }
    case "add-time": {
      if (state.status === "ready" || state.status === "finished") return same(state);
      const addedMs = Math.min(ADD_TIME_MS, MAX_DURATION_MS - state.durationMs);
      if (addedMs <= 0) return same(state);
      const caught = catchUp(state, event.now);
      return {
        state: { ...caught, durationMs: caught.durationMs + addedMs },
        emitted: [{ kind: "time-added", addedMs, elapsedMs: caught.elapsedMs }],
      };
    }
    case "edit-notes":
      if (state.status === "finished") return same(state);
      return same({ ...state, notes: { ...state.notes, [event.phase]: event.text } });
    case "edit-whiteboard":
      if (state.status === "finished" || event.scene.length > TEXT_LIMITS.interviewWhiteboard) return same(state);
      if ((state.whiteboard ?? "") === event.scene) return same(state);
      return same({ ...state, whiteboard: event.scene });
    case "finish": {
      if (state.status === "ready" || state.status === "finished") return same(state);
      const caught = catchUp(state, event.now);
      return {
        state: { ...caught, status: "finished", lastAt: null },
        emitted: [{ kind: "finish", elapsedMs: caught.elapsedMs }],
      };
    }
    case "self-score": {
      if (state.status !== "finished") return same(state);
      const level = Math.round(event.level);
      if (!isRubricLevel(level)) return same(state);
      return same({ ...state, selfScores: { ...state.selfScores, [event.dimension]: level } });
    }
    default: {
      const never: never = event;
      return never;
    }
  }
}

export const reduce = (state: FlowState, event: FlowEvent): FlowState => transition(state, event).state;

/** Elapsed time as seen at `now`, without changing the state (for display between ticks). */
export function elapsedAt(state: FlowState, now: number): number {
  return catchUp(state, now).elapsedMs;
}

export interface PhaseStatus {
  readonly phase: PhaseId;
  readonly label: string;
  readonly elapsedMs: number;
  readonly remainingMs: number;
  /** How far past the current phase's time box the clock is (0 when on time). */
  readonly overrunMs: number;
  /** The whole interview ran past its duration. */
  readonly overtime: boolean;
}

export function phaseStatus(state: FlowState, now: number): PhaseStatus {
  const elapsedMs = elapsedAt(state, now);
  const box = phaseBoxes(state.durationMs)[state.phaseIndex];
  const phase = phaseAt(state.phaseIndex);
  return {
    phase: phase.id,
    label: phase.label,
    elapsedMs,
    remainingMs: Math.max(0, state.durationMs - elapsedMs),
    overrunMs: box && state.status !== "finished" ? Math.max(0, elapsedMs - box.endMs) : 0,
    overtime: elapsedMs > state.durationMs,
  };
}

/**
 * The clock's part of `clock` with the content (notes, whiteboard, self-scores) of `content`: in a led interview the
 * interviewer runs the clock, so the candidate's page takes it from the server and its saves never move it.
 */
export function withClock(content: FlowState, clock: FlowState): FlowState {
  const { notes, whiteboard, selfScores } = content;
  return { ...clock, notes, selfScores, ...(whiteboard === undefined ? {} : { whiteboard }) };
}

/**
 * The deep-dive lab's virtual time at `now`: the interview's active time since the deep dive began (0 before it),
 * so the lab pauses with the interview and both sides of a led interview compute the same moment.
 */
export function labTimeAt(state: FlowState, now: number): number {
  const start = state.phaseStarts[indexOfPhase("deep-dive")];
  return start === undefined ? 0 : Math.max(0, elapsedAt(state, now) - start);
}

/** Whether the deep-dive lab is open (the deep dive began; it stays open to the end). */
export function labOpen(state: FlowState): boolean {
  return state.phaseStarts.length > indexOfPhase("deep-dive");
}

/** All notes as one text, phase by phase (for the coverage check). */
export function allNotes(state: FlowState): string {
  return PHASE_IDS.map((id) => state.notes[id] ?? "").join("\n");
}

export function formatClock(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${seconds.toString().padStart(2, "0")}`;
}
