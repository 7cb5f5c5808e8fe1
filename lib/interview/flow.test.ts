import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ADD_TIME_MS,
  labOpen,
  labTimeAt,
  MAX_DURATION_MS,
  withClock,
  elapsedAt,
  flowStateSchema,
  initialFlow,
  phaseStatus,
  reduce,
  transition,
  type FlowEvent,
  type FlowState,
} from "./flow";
import { PHASES } from "./phases";

const MIN = 60_000;
/** The clarify phase's box in the 45-minute plan (lesson 8): five minutes. */
const CLARIFY_END_MS = (PHASES[0]?.endMin ?? 0) * MIN;
const run = (events: readonly FlowEvent[], state: FlowState = initialFlow()) => events.reduce(reduce, state);

describe("flow reducer", () => {
  it("starts in the clarify phase and counts time from start", () => {
    const s = run([
      { type: "start", now: 1_000 },
      { type: "tick", now: 61_000 },
    ]);
    expect(s.status).toBe("running");
    expect(s.elapsedMs).toBe(60_000);
    expect(phaseStatus(s, 61_000).phase).toBe("clarify");
  });

  it("does not count paused time", () => {
    const s = run([
      { type: "start", now: 0 },
      { type: "pause", now: 5 * MIN },
      { type: "tick", now: 30 * MIN },
      { type: "resume", now: 30 * MIN },
      { type: "tick", now: 31 * MIN },
    ]);
    expect(s.elapsedMs).toBe(6 * MIN);
  });

  it("nudges when the phase overruns its box", () => {
    const late = CLARIFY_END_MS + 2 * MIN;
    const s = run([
      { type: "start", now: 0 },
      { type: "tick", now: late },
    ]);
    expect(phaseStatus(s, late).overrunMs).toBe(2 * MIN);
    const moved = reduce(s, { type: "advance-phase", now: late });
    expect(phaseStatus(moved, late).overrunMs).toBe(0);
  });

  it("emits phase transitions with their interview time", () => {
    const started = transition(initialFlow(), { type: "start", now: 0 });
    expect(started.emitted).toEqual([{ kind: "phase", phase: "clarify", elapsedMs: 0 }]);
    const next = transition(started.state, { type: "advance-phase", now: 9 * MIN });
    expect(next.emitted).toEqual([{ kind: "phase", phase: "high-level", elapsedMs: 9 * MIN }]);
  });

  it("stops at the last phase and freezes after finish", () => {
    let s = run([{ type: "start", now: 0 }]);
    for (let i = 0; i < 10; i++) s = reduce(s, { type: "advance-phase", now: i });
    expect(s.phaseIndex).toBe(PHASES.length - 1);
    s = run(
      [
        { type: "finish", now: 20 },
        { type: "edit-notes", phase: "clarify", text: "late" },
        { type: "tick", now: 9_999 },
      ],
      s,
    );
    expect(s.status).toBe("finished");
    expect(s.notes.clarify).toBeUndefined();
    expect(s.elapsedMs).toBe(20);
  });

  it("accepts self-scores only after finishing, within 1..4", () => {
    const live = run([
      { type: "start", now: 0 },
      { type: "self-score", dimension: "requirements", level: 3 },
    ]);
    expect(live.selfScores).toEqual({});
    const done = run(
      [
        { type: "finish", now: 1 },
        { type: "self-score", dimension: "requirements", level: 3 },
        { type: "self-score", dimension: "deep-dive", level: 9 },
      ],
      live,
    );
    expect(done.selfScores).toEqual({ requirements: 3 });
  });

  it("scales the duration", () => {
    const s = run([{ type: "start", now: 0 }], initialFlow(30));
    // The clarify box keeps its share of the interview: 5 of 45 minutes → 3:20 of 30.
    const box = Math.round((CLARIFY_END_MS * 30) / 45);
    expect(box).toBe(200_000);
    expect(phaseStatus(s, box).overrunMs).toBe(0);
    expect(phaseStatus(s, box + 1).overrunMs).toBe(1);
  });
});

const eventArb: fc.Arbitrary<(now: number) => FlowEvent> = fc.oneof(
  fc.constant((now: number) => ({ type: "start", now }) as const),
  fc.constant((now: number) => ({ type: "tick", now }) as const),
  fc.constant((now: number) => ({ type: "advance-phase", now }) as const),
  fc.constant((now: number) => ({ type: "pause", now }) as const),
  fc.constant((now: number) => ({ type: "resume", now }) as const),
  fc.constant((now: number) => ({ type: "finish", now }) as const),
  fc.string().map((text) => () => ({ type: "edit-notes", phase: "deep-dive", text }) as const),
);
const scriptArb = fc.array(fc.tuple(fc.integer({ min: -5_000, max: 120_000 }), eventArb), { maxLength: 60 });

describe("flow properties", () => {
  it("(regression) with seed 1802497398: an advance past the last phase is ignored and the next tick counts its time", () => {
    const advances = PHASES.map((_, i) => ({ type: "advance-phase", now: 10 * (i + 1) }) as const);
    const past = run([{ type: "start", now: 0 }, ...advances, { type: "advance-phase", now: 10 * PHASES.length + 1 }]);
    expect(past.phaseIndex).toBe(PHASES.length - 1);
    expect(past.elapsedMs).toBe(10 * (PHASES.length - 1));
    expect(reduce(past, { type: "tick", now: 100 }).elapsedMs).toBe(100);
  });

  it("elapsed time equals the sum of running intervals (never counts paused time) and never decreases", () => {
    fc.assert(
      fc.property(scriptArb, (script) => {
        let state = initialFlow();
        let now = 0;
        let expected = 0;
        let clock = 0; // the model: last time observed while running
        for (const [delta, make] of script) {
          now = Math.max(0, now + delta); // wall clock may jump back; clamp to keep the model simple
          const event = make(now);
          const before = state;
          state = reduce(state, event);
          // An event the reducer ignores (advancing past the last phase, say) does not read the clock; the
          // interval it skipped is counted by the next event that does.
          const observed = state !== before && "now" in event && event.type !== "start" && event.type !== "resume";
          if (before.status === "running" && observed) {
            expected += Math.max(0, now - clock);
            clock = Math.max(clock, now);
          }
          if (state.status === "running" && before.status !== "running") clock = now;
          expect(state.elapsedMs).toBeGreaterThanOrEqual(before.elapsedMs);
          expect(state.elapsedMs).toBe(expected);
        }
      }),
    );
  });

  it("phases advance monotonically and every state stays valid", () => {
    fc.assert(
      fc.property(scriptArb, (script) => {
        let state = initialFlow();
        let now = 0;
        for (const [delta, make] of script) {
          now += Math.abs(delta);
          const next = reduce(state, make(now));
          expect(next.phaseIndex).toBeGreaterThanOrEqual(state.phaseIndex);
          expect(next.phaseStarts.length).toBe(next.status === "ready" ? 0 : next.phaseIndex + 1);
          const parsed = flowStateSchema.safeParse(next);
          if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
          expect(elapsedAt(next, now)).toBeGreaterThanOrEqual(next.elapsedMs);
          state = next;
        }
      }),
    );
  });
});

describe("the interviewer's clock", () => {
  const MIN = 60_000;
  it("adds five minutes at a time, up to the cap, and never before the start or after the finish", () => {
    expect(reduce(initialFlow(45), { type: "add-time", now: 0 }).durationMs).toBe(45 * MIN);
    const started = reduce(initialFlow(45), { type: "start", now: 0 });
    const step = transition(started, { type: "add-time", now: 2 * MIN });
    expect(step.state.durationMs).toBe(50 * MIN);
    expect(step.emitted).toEqual([{ kind: "time-added", addedMs: ADD_TIME_MS, elapsedMs: 2 * MIN }]);
    const long = reduce(initialFlow(148), { type: "start", now: 0 });
    expect(reduce(long, { type: "add-time", now: 1 }).durationMs).toBe(MAX_DURATION_MS);
    const capped = reduce(reduce(long, { type: "add-time", now: 1 }), { type: "add-time", now: 2 });
    expect(capped.durationMs).toBe(MAX_DURATION_MS);
    const finished = reduce(started, { type: "finish", now: 3 * MIN });
    expect(reduce(finished, { type: "add-time", now: 4 * MIN })).toBe(finished);
  });

  it("keeps the candidate's notes and whiteboard under the server's clock", () => {
    const server = reduce(reduce(initialFlow(), { type: "start", now: 0 }), { type: "pause", now: MIN });
    const page = reduce(
      reduce(reduce(initialFlow(), { type: "start", now: 0 }), { type: "edit-notes", phase: "clarify", text: "hi" }),
      { type: "edit-whiteboard", scene: "[]" },
    );
    const merged = withClock(page, server);
    expect(merged.status).toBe("paused");
    expect(merged.notes.clarify).toBe("hi");
    expect(merged.whiteboard).toBe("[]");
  });

  it("runs the lab on the interview's time since the deep dive, paused with the interview", () => {
    let s = reduce(initialFlow(), { type: "start", now: 0 });
    expect(labOpen(s)).toBe(false);
    expect(labTimeAt(s, 10 * MIN)).toBe(0);
    s = reduce(s, { type: "advance-phase", now: MIN });
    s = reduce(s, { type: "advance-phase", now: 2 * MIN });
    expect(labOpen(s)).toBe(true);
    expect(labTimeAt(s, 3 * MIN)).toBe(MIN);
    s = reduce(s, { type: "pause", now: 3 * MIN });
    expect(labTimeAt(s, 9 * MIN)).toBe(MIN);
  });
});
