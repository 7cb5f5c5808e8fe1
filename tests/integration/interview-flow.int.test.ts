import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import {
  controlInterview,
  createInterview,
  getInterview,
  joinInterview,
  recordLabEvent,
  saveFeedback,
  saveInterview,
  saveScores,
  type Actor,
} from "../../lib/db/interviews";
import { initialFlow, reduce, type FlowEvent, type FlowState } from "../../lib/interview/flow";
import { labLog } from "../../lib/interview/events";
import { createTestUser, withTestDatabase } from "./test-db";

/**
 * The server enforces the interview's flow (issue 18): whatever a page sends,
 * a step the reducer does not allow from the stored state is refused with a
 * reason, and nothing is written.
 */
withTestDatabase();

let cara: Actor;
let ivan: Actor;
const run = (events: readonly FlowEvent[], state: FlowState = initialFlow()) => events.reduce(reduce, state);
const labAction = {
  kind: "lab-action",
  label: "Cut C",
  action: { type: "cut", from: ["C"], to: ["A", "B"] },
  at: 0,
  step: 0,
};

beforeEach(async () => {
  cara = await createTestUser("Cara", "candidate");
  ivan = await createTestUser("Ivan", "interviewer");
});

async function solo(): Promise<string> {
  const created = await createInterview(cara, { promptSlug: "url-shortener", mode: "solo", durationMin: 45 });
  if (!created.ok) throw new Error("not created");
  return created.id;
}

/** Saves `flow` on top of the stored revision, as the page's autosave does. */
async function save(id: string, flow: FlowState) {
  const { revision } = await db().interviewSession.findUniqueOrThrow({ where: { id } });
  return saveInterview(cara, id, { baseRevision: revision, flow });
}

/** What a refused request must leave untouched. */
const stored = (id: string) =>
  db().interviewSession.findUniqueOrThrow({
    where: { id },
    select: {
      flowState: true,
      revision: true,
      status: true,
      notes: true,
      _count: { select: { events: true, scores: true } },
    },
  });

async function finished(): Promise<{ id: string; flow: FlowState }> {
  const id = await solo();
  const flow = run([
    { type: "start", now: 0 },
    { type: "edit-notes", phase: "clarify", text: "100:1 reads" },
    { type: "finish", now: 60_000 },
  ]);
  expect(await save(id, flow)).toMatchObject({ ok: true });
  return { id, flow };
}

describe("self-scores wait for the finish", () => {
  it("refuses self-scores while the interview is ready or running, through either route", async () => {
    const id = await solo();
    const before = await stored(id);
    expect(await saveScores(cara, id, [{ dimension: "requirements", level: 4 }])).toEqual({
      ok: false,
      error: "out-of-order",
      message: "Self-scores open once the interview is finished.",
    });
    expect(await stored(id)).toEqual(before);
    const running = run([{ type: "start", now: 0 }]);
    expect(await save(id, running)).toMatchObject({ ok: true });
    const mid = await stored(id);
    expect(await saveScores(cara, id, [{ dimension: "requirements", level: 4 }])).toMatchObject({
      ok: false,
      error: "out-of-order",
    });
    expect(await save(id, { ...running, selfScores: { requirements: 4 } })).toMatchObject({
      ok: false,
      error: "out-of-order",
    });
    expect(await stored(id)).toEqual(mid);
  });

  it("takes them once the interview is finished, which reveals the outline", async () => {
    const { id, flow } = await finished();
    expect(await saveScores(cara, id, [{ dimension: "requirements", level: 3 }])).toEqual({ ok: true });
    expect(await save(id, { ...flow, selfScores: { requirements: 3 } })).toMatchObject({ ok: true });
    const seen = await getInterview(cara, id);
    expect(seen.ok && seen.session.scores).toEqual([
      { source: "self", dimension: "requirements", level: 3, comment: "" },
    ]);
  });
});

describe("a finished interview stays finished", () => {
  it("cannot be set back to running, nor its notes edited", async () => {
    const { id, flow } = await finished();
    const before = await stored(id);
    const backToRunning = await save(id, { ...flow, status: "running", lastAt: 0 });
    expect(backToRunning).toEqual({
      ok: false,
      error: "out-of-order",
      message: "This interview is finished: its notes, phase and status can no longer change.",
    });
    expect(await save(id, { ...flow, notes: { clarify: "rewritten after seeing the outline" } })).toMatchObject({
      ok: false,
      error: "out-of-order",
    });
    expect(await stored(id)).toEqual(before);
    const read = await getInterview(cara, id);
    expect(read.ok && read.session.flow.notes.clarify).toBe("100:1 reads");
  });

  it("refuses lab actions and faults after the finish, and still takes the interviewer's feedback", async () => {
    const created = await createInterview(ivan, { promptSlug: "galera-write-heavy", mode: "led", durationMin: 45 });
    if (!created.ok || !created.joinCode) throw new Error("not created");
    expect(await joinInterview(cara, created.joinCode)).toEqual({ ok: true, id: created.id });
    const id = created.id;
    expect(await recordLabEvent(cara, id, labAction)).toMatchObject({
      ok: false,
      error: "out-of-order",
      message: "The lab opens in the deep dive.",
    });
    for (const intent of ["start", "advance-phase", "advance-phase"])
      expect(await controlInterview(ivan, id, { intent })).toMatchObject({ ok: true });
    expect(await recordLabEvent(cara, id, labAction)).toEqual({ ok: true });
    expect(await controlInterview(ivan, id, { intent: "finish" })).toMatchObject({ ok: true });
    const before = await stored(id);
    expect(await recordLabEvent(cara, id, labAction)).toMatchObject({ ok: false, error: "out-of-order" });
    expect(await recordLabEvent(ivan, id, { ...labAction, kind: "fault" })).toMatchObject({
      ok: false,
      error: "out-of-order",
    });
    expect(await stored(id)).toEqual(before);
    expect(
      await saveFeedback(ivan, id, { interviewerNotes: "Asked about quorum early.", feedback: "Good.", submit: true }),
    ).toEqual({ ok: true });
    expect(await saveScores(ivan, id, [{ dimension: "deep-dive", level: 3 }])).toEqual({ ok: true });
  });
});

describe("the server writes the timeline and the clock", () => {
  it("refuses phases going backwards and a changed duration; ignores the page's own timeline and elapsed time", async () => {
    const id = await solo();
    const requested = run([
      { type: "start", now: 0 },
      { type: "advance-phase", now: 1 },
    ]);
    const bogus = [{ elapsedMs: 3_000_000, payload: { kind: "phase", phase: "operations" } }];
    expect(
      await saveInterview(cara, id, { baseRevision: 0, flow: { ...requested, elapsedMs: 40 * 60_000 }, events: bogus }),
    ).toEqual({ ok: true, revision: 1 });
    const read = await getInterview(cara, id);
    if (!read.ok) throw new Error("hidden");
    expect(
      read.session.events.map((e) => [e.payload.kind === "phase" ? e.payload.phase : e.payload.kind, e.elapsedMs]),
    ).toEqual([
      ["clarify", 0],
      ["high-level", 0],
    ]);
    expect(read.session.flow.elapsedMs).toBe(0);
    expect(await save(id, { ...read.session.flow, phaseIndex: 0 })).toMatchObject({
      ok: false,
      error: "out-of-order",
      message: "Phases only move forward.",
    });
    expect(await save(id, { ...read.session.flow, durationMs: 500 * 60_000 })).toMatchObject({
      ok: false,
      error: "out-of-order",
    });
  });
});

describe("the interviewer runs a led interview's clock", () => {
  async function led(): Promise<string> {
    const created = await createInterview(ivan, { promptSlug: "galera-write-heavy", mode: "led", durationMin: 45 });
    if (!created.ok || !created.joinCode) throw new Error("not created");
    await joinInterview(cara, created.joinCode);
    return created.id;
  }

  it("takes intents from the interviewer only; the candidate's saves keep their notes and never move the clock", async () => {
    const id = await led();
    expect(await controlInterview(cara, id, { intent: "start" })).toEqual({ ok: false, error: "not-found" });
    expect(await controlInterview(ivan, id, { intent: "warp" })).toEqual({ ok: false, error: "invalid" });
    expect(await controlInterview(ivan, id, { intent: "pause" })).toMatchObject({ ok: false, error: "out-of-order" });
    expect(await controlInterview(ivan, id, { intent: "start" })).toMatchObject({ ok: true });
    expect(await controlInterview(ivan, id, { intent: "add-time" })).toMatchObject({
      ok: true,
      flow: { durationMs: 50 * 60_000 },
    });
    expect(await controlInterview(ivan, id, { intent: "pause" })).toMatchObject({
      ok: true,
      flow: { status: "paused" },
    });
    // The candidate's page still thinks the interview is running and tries to finish it; their notes are saved,
    // the clock stays the interviewer's.
    const page = run([
      { type: "start", now: 0 },
      { type: "edit-notes", phase: "clarify", text: "3 nodes" },
      { type: "finish", now: 1 },
    ]);
    expect(await save(id, page)).toMatchObject({ ok: true });
    const read = await getInterview(ivan, id);
    if (!read.ok) throw new Error("hidden");
    expect(read.session.flow).toMatchObject({
      status: "paused",
      durationMs: 50 * 60_000,
      notes: { clarify: "3 nodes" },
    });
    expect(read.session.events.map((e) => e.payload.kind)).toEqual(["phase", "time-added", "pause"]);
    const soloId = await solo();
    expect(await controlInterview(cara, soloId, { intent: "pause" })).toEqual({ ok: false, error: "not-found" });
  });

  it("keeps a fault injected before the deep dive for it, and the lab's log in the order the lab applied it", async () => {
    const id = await led();
    await controlInterview(ivan, id, { intent: "start" });
    expect(await recordLabEvent(ivan, id, { ...labAction, kind: "fault" })).toEqual({ ok: true });
    await controlInterview(ivan, id, { intent: "advance-phase" });
    await controlInterview(ivan, id, { intent: "advance-phase" });
    const read = await getInterview(cara, id);
    const faultSeq = read.ok ? read.session.events.find((e) => e.payload.kind === "fault")?.seq : undefined;
    expect(await recordLabEvent(cara, id, { ...labAction, at: 900, step: 40, faultSeq })).toEqual({ ok: true });
    expect(await recordLabEvent(cara, id, { ...labAction, at: 800, step: 50 })).toMatchObject({
      ok: false,
      message: "The lab's actions arrive in the order the lab applied them.",
    });
    expect(await recordLabEvent(cara, id, { ...labAction, at: 1000, step: 60, faultSeq })).toMatchObject({
      ok: false,
      message: "That fault was applied already.",
    });
    // The lab's clock is not whole milliseconds: an action applied between two of them is kept exactly where it was.
    const crash = { ...labAction, label: "Crash A", action: { type: "crash", node: "A" }, at: 5302.628541314072 };
    expect(await recordLabEvent(cara, id, { ...crash, step: 58760 })).toEqual({ ok: true });
    const after = await getInterview(ivan, id);
    const log = after.ok ? labLog(after.session.events) : [];
    expect(log.at(-1)).toEqual({ at: 5302.628541314072, step: 58760, action: { type: "crash", node: "A" } });
  });
});
