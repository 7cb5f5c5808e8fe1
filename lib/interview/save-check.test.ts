import { describe, expect, it } from "vitest";
import { initialFlow, reduce, type FlowEvent, type FlowState } from "./flow";
import { accepts, checkSave } from "./save-check";

const run = (events: readonly FlowEvent[], state: FlowState = initialFlow()) => events.reduce(reduce, state);
const MIN = 60_000;

describe("checkSave: the reducer decides what a save may change", () => {
  it("replays a well-behaved page's changes on the server clock", () => {
    const requested = run([
      { type: "start", now: 0 },
      { type: "edit-notes", phase: "clarify", text: "reads ≫ writes" },
      { type: "advance-phase", now: 10 },
    ]);
    const r = checkSave(initialFlow(), { ...requested, elapsedMs: 99 * MIN }, 5 * MIN);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state).toMatchObject({
      status: "running",
      phaseIndex: 1,
      notes: { clarify: "reads ≫ writes" },
      lastAt: 5 * MIN,
      elapsedMs: 0,
    });
    expect(r.emitted.map((e) => e.kind)).toEqual(["phase", "phase"]);
  });

  it("counts elapsed time from the stored state and the server's clock, whatever the page claims", () => {
    const stored = run([{ type: "start", now: 0 }]);
    const r = checkSave(stored, { ...run([{ type: "finish", now: 1 }], stored), elapsedMs: 500 * MIN }, 3 * MIN);
    expect(r.ok && r.state.elapsedMs).toBe(3 * MIN);
  });

  it("refuses self-scores before the interview is finished", () => {
    const stored = run([{ type: "start", now: 0 }]);
    const r = checkSave(stored, { ...stored, selfScores: { requirements: 4 } }, 1);
    expect(r).toEqual({ ok: false, reason: "Self-scores open once the interview is finished." });
    expect(checkSave(initialFlow(), { ...initialFlow(), selfScores: { requirements: 4 } }, 1).ok).toBe(false);
  });

  it("refuses going back from finished and editing notes after it, but takes self-scores then", () => {
    const finished = run([
      { type: "start", now: 0 },
      { type: "finish", now: MIN },
    ]);
    expect(checkSave(finished, { ...finished, status: "running", lastAt: 0 }, 2 * MIN).ok).toBe(false);
    expect(checkSave(finished, { ...finished, notes: { clarify: "added later" } }, 2 * MIN).ok).toBe(false);
    const scored = checkSave(finished, { ...finished, selfScores: { requirements: 3 } }, 2 * MIN);
    expect(scored.ok && scored.state.selfScores).toEqual({ requirements: 3 });
  });

  it("refuses phases going backwards, a changed duration and advancing before the start", () => {
    const stored = run([
      { type: "start", now: 0 },
      { type: "advance-phase", now: 1 },
    ]);
    expect(checkSave(stored, { ...stored, phaseIndex: 0 }, 2).ok).toBe(false);
    expect(checkSave(stored, { ...stored, durationMs: 5 * MIN }, 2).ok).toBe(false);
    expect(checkSave(initialFlow(), { ...initialFlow(), phaseIndex: 2 }, 2).ok).toBe(false);
  });

  it("says whether the reducer lets an event change a state", () => {
    expect(accepts(initialFlow(), { type: "self-score", dimension: "requirements", level: 2 })).toBe(false);
    expect(
      accepts(
        run([
          { type: "start", now: 0 },
          { type: "finish", now: 1 },
        ]),
        { type: "self-score", dimension: "requirements", level: 2 },
      ),
    ).toBe(true);
  });

  it("saves the whiteboard like the notes, and not once the interview is finished", () => {
    const stored = run([{ type: "start", now: 0 }]);
    const drawn = checkSave(stored, { ...stored, whiteboard: '[{"type":"rectangle"}]' }, MIN);
    expect(drawn.ok && drawn.state.whiteboard).toBe('[{"type":"rectangle"}]');
    const finished = run([{ type: "finish", now: 1 }], stored);
    expect(checkSave(finished, { ...finished, whiteboard: "[]" }, MIN).ok).toBe(false);
  });
});
