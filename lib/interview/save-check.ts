/**
 * The server's side of the candidate's autosave. The page sends the whole flow
 * state it holds; the server never stores that state as sent. It works out
 * which reducer events lead from the stored state to the requested one, runs
 * them through `transition` on its own clock, and accepts the save only when
 * the reducer arrives at what was asked for. So the reducer alone decides what
 * may happen when: no self-score before the interview is finished, no notes
 * after it, no way back from finished, phases only forward. Elapsed times and
 * the timeline come from the server's replay, never from the page.
 */
import { transition, type FlowEmitted, type FlowEvent, type FlowState } from "./flow";
import { PHASE_IDS } from "./phases";

export type SaveCheck =
  | { readonly ok: true; readonly state: FlowState; readonly emitted: readonly FlowEmitted[] }
  | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): SaveCheck => ({ ok: false, reason });

/** Timed events that take the status from `from` to `to`, or null when no sequence of reducer events does. */
function statusPath(from: FlowState["status"], to: FlowState["status"], now: number): FlowEvent[] | null {
  if (from === to) return [];
  const paths: Partial<Record<`${FlowState["status"]}>${FlowState["status"]}`, FlowEvent["type"][]>> = {
    "ready>running": ["start"],
    "ready>paused": ["start", "pause"],
    "ready>finished": ["start", "finish"],
    "running>paused": ["pause"],
    "paused>running": ["resume"],
    "running>finished": ["finish"],
    "paused>finished": ["finish"],
  };
  const types = paths[`${from}>${to}`];
  return types ? types.map((type) => ({ type, now }) as FlowEvent) : null;
}

function describeRefusal(stored: FlowState, requested: FlowState): string {
  if (stored.status === "finished")
    return "This interview is finished: its notes, phase and status can no longer change.";
  if (requested.status === "ready") return "An interview goes from ready to running to finished, in that order.";
  if (requested.phaseIndex < stored.phaseIndex) return "Phases only move forward.";
  if (Object.keys(requested.selfScores).length > 0 && requested.status !== "finished")
    return "Self-scores open once the interview is finished.";
  return "This change is not a step the interview allows from where it stands.";
}

const sameNotes = (a: FlowState, b: FlowState) => PHASE_IDS.every((p) => (a.notes[p] ?? "") === (b.notes[p] ?? ""));
const sameScores = (a: FlowState, b: FlowState) => {
  const keys = new Set([...Object.keys(a.selfScores), ...Object.keys(b.selfScores)]);
  return [...keys].every((k) => a.selfScores[k] === b.selfScores[k]);
};

/**
 * The state to store for a save of `requested` on top of `stored` at server
 * time `now`, with the timeline entries the steps emitted; or why it is refused.
 * Order of replay: status changes short of finishing, phase advances, note
 * and whiteboard edits, finishing, self-scores — the one order in which every change a
 * well-behaved page makes between two saves is allowed.
 */
export function checkSave(stored: FlowState, requested: FlowState, now: number): SaveCheck {
  if (requested.durationMs !== stored.durationMs) return refuse("The interview's length is fixed when it is created.");
  const path = statusPath(stored.status, requested.status, now);
  if (path === null || requested.phaseIndex < stored.phaseIndex) return refuse(describeRefusal(stored, requested));
  const finishing = path.filter((e) => e.type === "finish");
  const events: FlowEvent[] = [
    ...path.filter((e) => e.type !== "finish"),
    ...Array.from({ length: requested.phaseIndex - stored.phaseIndex }, (): FlowEvent => ({
      type: "advance-phase",
      now,
    })),
    ...PHASE_IDS.filter((p) => (stored.notes[p] ?? "") !== (requested.notes[p] ?? "")).map((phase): FlowEvent => ({
      type: "edit-notes",
      phase,
      text: requested.notes[phase] ?? "",
    })),
    ...((stored.whiteboard ?? "") === (requested.whiteboard ?? "")
      ? []
      : [{ type: "edit-whiteboard", scene: requested.whiteboard ?? "" } satisfies FlowEvent]),
    ...finishing,
    ...Object.entries(requested.selfScores)
      .filter(([dimension, level]) => stored.selfScores[dimension] !== level)
      .map(([dimension, level]): FlowEvent => ({ type: "self-score", dimension, level })),
  ];
  let state = stored;
  const emitted: FlowEmitted[] = [];
  for (const event of events) {
    const step = transition(state, event);
    state = step.state;
    emitted.push(...step.emitted);
  }
  const arrived =
    state.status === requested.status &&
    state.phaseIndex === requested.phaseIndex &&
    sameNotes(state, requested) &&
    (state.whiteboard ?? "") === (requested.whiteboard ?? "") &&
    sameScores(state, requested);
  return arrived ? { ok: true, state, emitted } : refuse(describeRefusal(stored, requested));
}

/** Whether the reducer lets `event` change `state` at all (a refused event returns the state object unchanged). */
export function accepts(state: FlowState, event: FlowEvent): boolean {
  return transition(state, event).state !== state;
}
