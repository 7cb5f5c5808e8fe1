import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import {
  createInterview,
  getInterview,
  joinInterview,
  listInterviews,
  controlInterview,
  recordLabEvent,
  saveFeedback,
  saveInterview,
  saveScores,
  type Actor,
} from "../../lib/db/interviews";
import { reduce, initialFlow } from "../../lib/interview/flow";
import type { Role } from "../../lib/auth/roles";
import { createTestUser, withTestDatabase } from "./test-db";

withTestDatabase();

let candidate: Actor;
let interviewer: Actor;
let outsider: Actor;

const user = (name: string, role: Role) => createTestUser(name, role);

beforeEach(async () => {
  candidate = await user("Cara", "candidate");
  interviewer = await user("Ivan", "interviewer");
  outsider = await user("Olga", "candidate");
});

async function ledSession() {
  const created = await createInterview(interviewer, {
    promptSlug: "galera-write-heavy",
    mode: "led",
    durationMin: 45,
  });
  if (!created.ok || !created.joinCode) throw new Error("not created");
  const joined = await joinInterview(candidate, created.joinCode);
  expect(joined).toEqual({ ok: true, id: created.id });
  return created.id;
}

describe("interview access", () => {
  it("hides a solo session from everyone but its candidate", async () => {
    const created = await createInterview(candidate, { promptSlug: "url-shortener", mode: "solo", durationMin: 45 });
    if (!created.ok) throw new Error("not created");
    expect((await getInterview(candidate, created.id)).ok).toBe(true);
    expect(await getInterview(outsider, created.id)).toEqual({ ok: false, error: "not-found" });
    expect(await getInterview(interviewer, created.id)).toEqual({ ok: false, error: "not-found" });
    expect(await saveInterview(outsider, created.id, { baseRevision: 0, flow: initialFlow() })).toEqual({
      ok: false,
      error: "not-found",
    });
    expect(await listInterviews(outsider)).toEqual([]);
  });

  it("lets only interviewers start led sessions, and a join code works once", async () => {
    expect(await createInterview(candidate, { promptSlug: "url-shortener", mode: "led", durationMin: 45 })).toEqual({
      ok: false,
      error: "not-found",
    });
    expect(await createInterview(interviewer, { promptSlug: "no-such-prompt", mode: "solo", durationMin: 45 })).toEqual(
      { ok: false, error: "unknown-prompt" },
    );
    const id = await ledSession();
    const created = await db().interviewSession.findUniqueOrThrow({ where: { id } });
    expect(await joinInterview(outsider, created.joinCode ?? "")).toEqual({ ok: false, error: "not-found" });
    expect(await getInterview(outsider, id)).toEqual({ ok: false, error: "not-found" });
    const seen = await getInterview(interviewer, id);
    expect(seen.ok && seen.session.viewerRole).toBe("interviewer");
    expect(seen.ok && seen.session.candidateName).toBe("Cara");
  });
});

describe("autosave with revisions", () => {
  it("accepts the current revision, refuses a stale one and returns what is stored", async () => {
    const created = await createInterview(candidate, {
      promptSlug: "twitter-home-timeline",
      mode: "solo",
      durationMin: 45,
    });
    if (!created.ok) throw new Error("not created");
    const started = reduce(initialFlow(), { type: "start", now: 0 });
    const tabA = reduce(started, { type: "edit-notes", phase: "clarify", text: "500M tweets/day" });
    const tabB = reduce(started, { type: "edit-notes", phase: "clarify", text: "other tab" });
    expect(
      await saveInterview(candidate, created.id, {
        baseRevision: 0,
        flow: tabA,
        events: [{ elapsedMs: 0, payload: { kind: "phase", phase: "clarify" } }],
      }),
    ).toEqual({ ok: true, revision: 1 });
    const stale = await saveInterview(candidate, created.id, { baseRevision: 0, flow: tabB });
    expect(stale).toMatchObject({
      ok: false,
      error: "conflict",
      current: { revision: 1, flow: { notes: { clarify: "500M tweets/day" } } },
    });
    // Keeping the other tab's version: save again on top of the current revision.
    expect(await saveInterview(candidate, created.id, { baseRevision: 1, flow: tabB })).toEqual({
      ok: true,
      revision: 2,
    });
    const read = await getInterview(candidate, created.id);
    expect(read.ok && read.session.flow.notes.clarify).toBe("other tab");
    expect(read.ok && read.session.events.map((e) => e.payload.kind)).toEqual(["phase"]);
  });
});

describe("faults, scores and feedback", () => {
  it("records faults from the interviewer only and releases feedback on submit", async () => {
    const id = await ledSession();
    const fault = { kind: "fault", label: "Cut C", action: { type: "cut", from: ["C"], to: ["A", "B"] } };
    expect(await recordLabEvent(candidate, id, fault)).toEqual({ ok: false, error: "invalid" });
    expect(await recordLabEvent(interviewer, id, fault)).toEqual({ ok: true });
    expect(await recordLabEvent(outsider, id, fault)).toEqual({ ok: false, error: "not-found" });

    // Self-scores open once the interview is finished (interview-flow.int.test.ts); a led interview's interviewer
    // runs its clock.
    expect(await controlInterview(interviewer, id, { intent: "start" })).toMatchObject({ ok: true });
    expect(await controlInterview(interviewer, id, { intent: "finish" })).toMatchObject({ ok: true });
    expect(await saveScores(candidate, id, [{ dimension: "requirements", level: 3 }])).toEqual({ ok: true });
    expect(
      await saveScores(interviewer, id, [
        { dimension: "requirements", level: 2, comment: "No numbers until prompted." },
        { dimension: "deep-dive", level: 4 },
      ]),
    ).toEqual({ ok: true });
    expect(await saveScores(interviewer, id, [{ dimension: "requirements", level: 9 }])).toEqual({
      ok: false,
      error: "invalid",
    });
    expect(await saveFeedback(interviewer, id, { interviewerNotes: "private", feedback: "Good deep dive." })).toEqual({
      ok: true,
    });

    let seen = await getInterview(candidate, id);
    if (!seen.ok) throw new Error("hidden");
    expect(seen.session.events.map((e) => e.payload.kind)).toEqual(["fault", "phase", "finish"]);
    expect(seen.session.feedback).toBeNull();
    expect(seen.session.interviewerNotes).toBeNull();
    expect(seen.session.scores).toEqual([{ source: "self", dimension: "requirements", level: 3, comment: "" }]);

    expect(await saveFeedback(candidate, id, { feedback: "self-praise", submit: true })).toEqual({
      ok: false,
      error: "not-found",
    });
    expect(
      await saveFeedback(interviewer, id, { interviewerNotes: "private", feedback: "Good deep dive.", submit: true }),
    ).toEqual({ ok: true });
    seen = await getInterview(candidate, id);
    if (!seen.ok) throw new Error("hidden");
    expect(seen.session.feedback).toBe("Good deep dive.");
    expect(seen.session.interviewerNotes).toBeNull();
    expect(seen.session.scores).toContainEqual({
      source: "interviewer",
      dimension: "requirements",
      level: 2,
      comment: "No numbers until prompted.",
    });
    const history = await listInterviews(candidate);
    expect(history).toHaveLength(1);
    expect(history[0]?.scores).toHaveLength(3);
  });
});
