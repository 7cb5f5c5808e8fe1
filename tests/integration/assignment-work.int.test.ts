import { beforeEach, describe, expect, it } from "vitest";
import { encodeShare } from "../../lib/sim/share-codec";
import { enrol } from "../../lib/db/assignment-members";
import { claimInvitation, joinCohort } from "../../lib/db/assignment-joining";
import {
  addTimeSpent,
  completeLessonItem,
  saveLabWork,
  startItem,
  submitAssignment,
} from "../../lib/db/assignment-work";
import { getMemberAssignment, listInbox, openItem } from "../../lib/db/member-assignments";
import { db } from "../../lib/db/client";
import { quizBank } from "../../lib/db/quiz-bank";
import { askQuestion } from "../../lib/quiz/ask";
import { getInterview, recordLabEvent, saveInterview, saveScores } from "../../lib/db/interviews";
import { getQuizAttempt, submitQuizAttempt } from "../../lib/db/quiz";
import { signUp } from "../../lib/db/users";
import { createTestUser, withTestDatabase } from "./test-db";

withTestDatabase();

type Who = { id: string; role: "candidate" | "interviewer"; email: string };
let teacher: Who;
let ada: Who;
let bob: Who;
const now = new Date("2026-03-01T10:00:00Z");
/** `seconds` after `now`. */
const at = (seconds: number) => new Date(now.getTime() + seconds * 1_000);
const QUIZ = "single-leader-basics";
const SCENARIO_Q = "slr-stale-read";

const user = async (name: string, email: string, role: Who["role"] = "candidate"): Promise<Who> => ({
  ...(await createTestUser(name, role, email)),
  role,
});

beforeEach(async () => {
  teacher = await user("Tess Teacher", "tess@example.com", "interviewer");
  ada = await user("Ada", "ada@example.com");
  bob = await user("Bob", "bob@example.com");
});

/** An assignment owned by the teacher: lesson, quiz, lab, interview, in that order. */
async function assignment(
  opts: { seedMode?: "pinned" | "per-candidate"; dueAt?: Date; cohortId?: string; title?: string } = {},
) {
  const row = await db().assignment.create({
    data: {
      ownerId: teacher.id,
      title: opts.title ?? "Week 1",
      instructions: "Do them in order.",
      dueAt: opts.dueAt ?? new Date("2026-03-10T17:00:00Z"),
      seedMode: opts.seedMode ?? "per-candidate",
      pinnedSeed: opts.seedMode === "pinned" ? 42 : null,
      seedBase: 7,
      cohortId: opts.cohortId ?? null,
      items: {
        create: [
          { position: 0, kind: "lesson", ref: "single-leader-replication" },
          { position: 1, kind: "quiz", ref: QUIZ },
          { position: 2, kind: "lab", ref: "chain-basic", task: "Which server acknowledges writes?" },
          { position: 3, kind: "interview", ref: "chat-service" },
        ],
      },
    },
  });
  return row.id;
}

async function scenarioSeed(actor: Who, assignmentId: string): Promise<number> {
  const started = await startItem(actor, assignmentId, 1, now);
  if (!started.ok || !started.data.quizAttemptId) throw new Error("quiz not started");
  const attempt = await db().quizAttempt.findUniqueOrThrow({ where: { id: started.data.quizAttemptId } });
  const item = (JSON.parse(attempt.items) as { questionId: string; seed: number }[]).find(
    (i) => i.questionId === SCENARIO_Q,
  );
  if (!item) throw new Error("scenario question missing");
  return item.seed;
}

const labRun = (seed: number) => encodeShare({ scenario: "chain-basic", seed, actions: [], time: 500 });

describe("inbox", () => {
  it("lists only the actor's assignments, open ones first by due date, with status and progress", async () => {
    const later = await assignment({ title: "Later", dueAt: new Date("2026-04-01T00:00:00Z") });
    const sooner = await assignment({ title: "Sooner", dueAt: new Date("2026-03-05T00:00:00Z") });
    const past = await assignment({ title: "Past", dueAt: new Date("2026-02-01T00:00:00Z") });
    const done = await assignment({ title: "Done", dueAt: new Date("2026-02-02T00:00:00Z") });
    for (const id of [later, sooner, past, done]) await enrol(id, [{ email: ada.email, userId: ada.id }]);
    await enrol(sooner, [{ email: bob.email, userId: bob.id }]);
    await submitAssignment(ada, done, now);
    await completeLessonItem(ada, sooner, 0, now);

    const inbox = await listInbox(ada, now);
    expect(inbox.map((e) => e.title)).toEqual(["Past", "Sooner", "Later", "Done"]);
    expect(inbox.map((e) => e.status)).toEqual(["overdue", "in-progress", "not-started", "submitted"]);
    // The lesson marked done in "Sooner" is read, so it counts in every open assignment that has it.
    expect(inbox.find((e) => e.title === "Sooner")).toMatchObject({
      ownerName: "Tess Teacher",
      itemsDone: 1,
      itemsTotal: 4,
      dueAt: "2026-03-05T00:00:00.000Z",
    });
    // Submitted before the lesson was read: locked work is never brought up to date.
    expect(inbox.find((e) => e.title === "Done")?.itemsDone).toBe(0);
    expect(inbox.find((e) => e.title === "Later")?.itemsDone).toBe(1);
    expect((await listInbox(bob, now)).map((e) => e.title)).toEqual(["Sooner"]);
    expect(await listInbox(teacher, now)).toEqual([]);
  });
});

describe("seeds", () => {
  it("per-candidate: two members get different variants of a scenario question, the same again on a re-open", async () => {
    const id = await assignment();
    await enrol(id, [
      { email: ada.email, userId: ada.id },
      { email: bob.email, userId: bob.id },
    ]);
    const a = await scenarioSeed(ada, id);
    const b = await scenarioSeed(bob, id);
    expect(a).not.toBe(b);
    expect(a).toBeGreaterThanOrEqual(1);
    expect(a).toBeLessThanOrEqual(16);
    // Different seeds are not enough: the two must read differently.
    const question = quizBank().questions.get(SCENARIO_Q)?.question;
    if (!question) throw new Error("question missing");
    const text = (seed: number) => {
      const asked = askQuestion(question, seed);
      return asked.ok
        ? JSON.stringify([asked.client.prompt, asked.client.scenario?.setup, asked.client.scenario?.timeline])
        : "";
    };
    expect(text(a)).not.toBe(text(b));
    expect(await scenarioSeed(ada, id)).toBe(a); // the attempt is reused, not re-drawn
    expect(await db().quizAttempt.count({ where: { userId: ada.id } })).toBe(1);
  });

  it("pinned: every member gets the same variant", async () => {
    const id = await assignment({ seedMode: "pinned" });
    await enrol(id, [
      { email: ada.email, userId: ada.id },
      { email: bob.email, userId: bob.id },
    ]);
    expect(await scenarioSeed(ada, id)).toBe(await scenarioSeed(bob, id));
  });
});

describe("lab work", () => {
  it("saves the run and the answer; the item is done once the answer is not blank", async () => {
    const id = await assignment();
    await enrol(id, [{ email: ada.email, userId: ada.id }]);
    const run = labRun(7);
    const first = await saveLabWork(ada, id, 2, { labRun: run }, now);
    expect(first).toMatchObject({ ok: true, data: { status: "in-progress" } });
    const second = await saveLabWork(ada, id, 2, { answer: "The tail." }, now);
    expect(second).toMatchObject({ ok: true, data: { status: "done" } });
    const item = await openItem(ada, id, 2, now);
    expect(item.ok && item.data.item).toMatchObject({
      labRun: run,
      answer: "The tail.",
      status: "done",
      task: "Which server acknowledges writes?",
    });
    expect(item.ok && item.data.assignment.status).toBe("in-progress");
  });

  it("refuses a run of another scenario, an over-long answer and a non-lab item, changing nothing", async () => {
    const id = await assignment();
    await enrol(id, [{ email: ada.email, userId: ada.id }]);
    const other = encodeShare({ scenario: "chain-long", seed: 1, actions: [], time: 0 });
    expect(await saveLabWork(ada, id, 2, { labRun: other }, now)).toMatchObject({ ok: false, error: "invalid" });
    expect(await saveLabWork(ada, id, 2, { answer: "x".repeat(20_001) }, now)).toMatchObject({
      ok: false,
      error: "invalid",
    });
    expect(await saveLabWork(ada, id, 0, { answer: "hi" }, now)).toMatchObject({ ok: false, error: "invalid" });
    expect(await db().assignmentWork.count()).toBe(0);
  });

  it("caps each heartbeat at 60 s", async () => {
    const id = await assignment();
    await enrol(id, [{ email: ada.email, userId: ada.id }]);
    // not started yet: nothing counted
    expect(await addTimeSpent(ada, id, 2, 5_000, at(5))).toEqual({ ok: true, data: { timeSpentMs: 0 } });
    await saveLabWork(ada, id, 2, { answer: "draft" }, now);
    await addTimeSpent(ada, id, 2, 5_000, at(5));
    expect(await addTimeSpent(ada, id, 2, 3_600_000, at(3_600))).toEqual({ ok: true, data: { timeSpentMs: 65_000 } });
    expect(await addTimeSpent(ada, id, 2, -1, at(3_700))).toMatchObject({ ok: false, error: "invalid" });
  });

  it("never adds more than the server's clock says has passed, whatever the page claims", async () => {
    const id = await assignment();
    await enrol(id, [{ email: ada.email, userId: ada.id }]);
    await saveLabWork(ada, id, 2, { answer: "draft" }, now); // started at `now`
    expect(await addTimeSpent(ada, id, 2, 60_000, at(5))).toEqual({ ok: true, data: { timeSpentMs: 5_000 } });
    // A burst of beats in the same second adds nothing more.
    for (let i = 0; i < 5; i++) await addTimeSpent(ada, id, 2, 60_000, at(5));
    expect(await addTimeSpent(ada, id, 2, 60_000, at(6))).toEqual({ ok: true, data: { timeSpentMs: 6_000 } });
    // Two tabs beating at once share the 20 s that passed.
    await Promise.all([addTimeSpent(ada, id, 2, 20_000, at(26)), addTimeSpent(ada, id, 2, 20_000, at(26))]);
    // A clock behind the last beat counts nothing.
    await addTimeSpent(ada, id, 2, 20_000, at(1));
    const row = await db().assignmentWork.findFirstOrThrow();
    expect(row.timeSpentMs).toBe(26_000);
  });
});

describe("submitting", () => {
  it("locks: a change after submit is refused and changes nothing", async () => {
    const id = await assignment();
    await enrol(id, [{ email: ada.email, userId: ada.id }]);
    await saveLabWork(ada, id, 2, { labRun: labRun(7), answer: "The tail." }, now);
    await addTimeSpent(ada, id, 2, 10_000, at(10));
    expect(await submitAssignment(ada, id, now)).toEqual({ ok: true, data: { submittedAt: now.toISOString() } });
    const before = await db().assignmentWork.findMany({ orderBy: { id: "asc" } });

    expect(await saveLabWork(ada, id, 2, { answer: "Changed my mind." }, now)).toMatchObject({
      ok: false,
      error: "locked",
    });
    expect(await addTimeSpent(ada, id, 2, 10_000, at(60))).toMatchObject({ ok: false, error: "locked" });
    expect(await completeLessonItem(ada, id, 0, now)).toMatchObject({ ok: false, error: "locked" });
    expect(await startItem(ada, id, 1, now)).toMatchObject({ ok: false, error: "locked" });
    expect(await startItem(ada, id, 3, now)).toMatchObject({ ok: false, error: "locked" });
    expect(await db().assignmentWork.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db().quizAttempt.count()).toBe(0);
    expect(await db().interviewSession.count()).toBe(0);
    // A second submit is a no-op that reports the first time.
    expect(await submitAssignment(ada, id, new Date("2026-03-02T00:00:00Z"))).toEqual({
      ok: true,
      data: { submittedAt: now.toISOString() },
    });
    const got = await getMemberAssignment(ada, id, now);
    expect(got.ok && got.data).toMatchObject({ status: "submitted", locked: true });
  });

  it("asks for a started quiz to be submitted first; afterwards its score is on the item", async () => {
    const id = await assignment();
    await enrol(id, [{ email: ada.email, userId: ada.id }]);
    const started = await startItem(ada, id, 1, now);
    if (!started.ok || !started.data.quizAttemptId) throw new Error("quiz not started");
    expect(await submitAssignment(ada, id, now)).toMatchObject({ ok: false, error: "quiz-open" });
    expect((await db().assignmentMember.findFirstOrThrow()).status).toBe("in-progress");
    await submitQuizAttempt(ada, started.data.quizAttemptId, [], now);
    expect(await submitAssignment(ada, id, now)).toMatchObject({ ok: true });
    const got = await getMemberAssignment(ada, id, now);
    const quiz = got.ok ? got.data.items[1] : undefined;
    expect(quiz).toMatchObject({ status: "done", score: 0 });
    expect(quiz?.maxScore).toBeGreaterThan(0);
  });

  it("ends a solo interview still running, and shows feedback only once reviewed", async () => {
    const id = await assignment();
    await enrol(id, [{ email: ada.email, userId: ada.id }]);
    const started = await startItem(ada, id, 3, now);
    if (!started.ok || !started.data.interviewSessionId) throw new Error("interview not started");
    const session = await db().interviewSession.findUniqueOrThrow({ where: { id: started.data.interviewSessionId } });
    expect(session).toMatchObject({ mode: "solo", candidateId: ada.id, status: "active" });
    await submitAssignment(ada, id, now);
    expect((await db().interviewSession.findUniqueOrThrow({ where: { id: session.id } })).status).toBe("finished");
    // The interview's own page cannot change it any more either: notes and self-scores are locked.
    const candidate = { id: ada.id, role: ada.role };
    const view = await getInterview(candidate, session.id);
    expect(view.ok && view.session.locked).toBe(true);
    const flow = view.ok ? view.session.flow : null;
    expect(
      await saveInterview(candidate, session.id, { baseRevision: view.ok ? view.session.revision : 0, flow }),
    ).toEqual({ ok: false, error: "locked" });
    expect(await saveScores(candidate, session.id, [{ dimension: "requirements", level: 3 }])).toEqual({
      ok: false,
      error: "locked",
    });
    expect(await db().interviewScore.count()).toBe(0);
    // Nor its lab: actions sent after the submission are refused and not stored.
    expect(
      await recordLabEvent(candidate, session.id, {
        kind: "lab-action",
        label: "Cut C",
        action: { type: "cut", from: ["C"], to: ["A", "B"] },
      }),
    ).toEqual({ ok: false, error: "locked" });
    expect(await db().interviewEvent.count({ where: { sessionId: session.id, kind: "lab-action" } })).toBe(0);
    await db().assignmentMember.updateMany({ where: { assignmentId: id }, data: { feedback: "Draft, not released" } });
    let got = await getMemberAssignment(ada, id, now);
    expect(got.ok && got.data.feedback).toBeNull();
    await db().assignmentMember.updateMany({
      where: { assignmentId: id },
      data: { status: "reviewed", feedback: "Good reasoning about the tail.", reviewedAt: now },
    });
    got = await getMemberAssignment(ada, id, now);
    expect(got.ok && got.data).toMatchObject({ status: "reviewed", feedback: "Good reasoning about the tail." });
  });
});

describe("invitations", () => {
  it("signing up with the token creates the account and the membership in one step", async () => {
    const id = await assignment();
    const [invited] = await enrol(id, [{ email: "new@example.com", userId: null }]);
    const token = invited?.inviteToken;
    if (!token) throw new Error("no token");
    const r = await signUp({
      name: "Newcomer",
      email: "new@example.com",
      password: "correct-horse-battery",
      inviteToken: token,
    });
    expect(r.ok && r.invitation).toEqual({ ok: true, assignmentId: id });
    if (!r.ok) return;
    const inbox = await listInbox({ id: r.user.id, role: "candidate" }, now);
    expect(inbox.map((e) => e.assignmentId)).toEqual([id]);
    // The link works once: another account is told it was already accepted.
    expect(await claimInvitation(bob, token)).toMatchObject({ ok: false, error: "claimed" });
    expect(await listInbox(bob, now)).toEqual([]);
  });

  it("a signed-in account with any email claims the link; an unknown token is not found", async () => {
    const id = await assignment();
    const [invited] = await enrol(id, [{ email: "someone-else@example.com", userId: null }]);
    expect(await claimInvitation(ada, invited?.inviteToken ?? "")).toEqual({ ok: true, data: { assignmentId: id } });
    expect(await claimInvitation(ada, invited?.inviteToken ?? "")).toEqual({ ok: true, data: { assignmentId: id } });
    expect(await claimInvitation(ada, "no-such-token-here")).toMatchObject({ ok: false, error: "not-found" });
  });

  it("sign-up with a bad token still creates the account and says why", async () => {
    const r = await signUp({
      name: "Eve",
      email: "eve@example.com",
      password: "correct-horse-battery",
      inviteToken: "no-such-token-here",
    });
    expect(r.ok && r.invitation).toEqual({ ok: false, error: "not-found" });
  });
});

describe("cohort join codes", () => {
  it("joining enrols the candidate in every assignment of the cohort, once, with a distinct seed", async () => {
    const cohort = await db().cohort.create({ data: { ownerId: teacher.id, name: "Spring", joinCode: "K7PM2QXD" } });
    const id = await assignment({ cohortId: cohort.id });
    await enrol(id, [{ email: bob.email, userId: bob.id }]);
    const r = await joinCohort(ada, " k7pm-2qxd ");
    expect(r).toMatchObject({
      ok: true,
      data: { cohortId: cohort.id, cohortName: "Spring", alreadyMember: false, assignmentIds: [id] },
    });
    expect((await joinCohort(ada, "K7PM2QXD")).ok && true).toBe(true);
    expect(await db().cohortMember.count({ where: { userId: ada.id } })).toBe(1);
    const members = await db().assignmentMember.findMany({ where: { assignmentId: id }, orderBy: { ordinal: "asc" } });
    expect(members.map((m) => m.userId)).toEqual([bob.id, ada.id]);
    expect(members[0]?.seed).not.toBe(members[1]?.seed);
    expect((await listInbox(ada, now)).map((e) => e.assignmentId)).toEqual([id]);
  });

  it("claims an invitation already sent to the joiner's email instead of adding a second membership", async () => {
    const cohort = await db().cohort.create({ data: { ownerId: teacher.id, name: "Spring", joinCode: "K7PM2QXE" } });
    const id = await assignment({ cohortId: cohort.id });
    await enrol(id, [{ email: ada.email, userId: null }]);
    await joinCohort(ada, "K7PM2QXE");
    const members = await db().assignmentMember.findMany({ where: { assignmentId: id } });
    expect(members).toHaveLength(1);
    expect(members[0]?.userId).toBe(ada.id);
  });

  it("an unknown code or the owner's own cohort changes nothing", async () => {
    const cohort = await db().cohort.create({ data: { ownerId: teacher.id, name: "Spring", joinCode: "K7PM2QXF" } });
    expect(await joinCohort(ada, "NOPE1234")).toMatchObject({ ok: false, error: "not-found" });
    expect(await joinCohort(ada, "   ")).toMatchObject({ ok: false, error: "invalid" });
    expect(await joinCohort(teacher, "K7PM2QXF")).toMatchObject({ ok: false, error: "own-cohort" });
    expect(await db().cohortMember.count({ where: { cohortId: cohort.id } })).toBe(0);
  });
});

describe("strangers", () => {
  it("get not-found for every function on someone else's assignment, and nothing changes", async () => {
    const id = await assignment();
    await enrol(id, [{ email: ada.email, userId: ada.id }]);
    await saveLabWork(ada, id, 2, { answer: "mine" }, now);
    const snapshot = await db().assignmentWork.findMany();
    for (const stranger of [bob, teacher]) {
      expect(await getMemberAssignment(stranger, id, now)).toMatchObject({ ok: false, error: "not-found" });
      expect(await openItem(stranger, id, 2, now)).toMatchObject({ ok: false, error: "not-found" });
      expect(await startItem(stranger, id, 1, now)).toMatchObject({ ok: false, error: "not-found" });
      expect(await saveLabWork(stranger, id, 2, { answer: "theirs" }, now)).toMatchObject({
        ok: false,
        error: "not-found",
      });
      expect(await completeLessonItem(stranger, id, 0, now)).toMatchObject({ ok: false, error: "not-found" });
      expect(await addTimeSpent(stranger, id, 2, 1_000, at(1))).toMatchObject({ ok: false, error: "not-found" });
      expect(await submitAssignment(stranger, id, now)).toMatchObject({ ok: false, error: "not-found" });
    }
    expect(await getMemberAssignment(ada, "no-such-assignment", now)).toMatchObject({ ok: false, error: "not-found" });
    expect(await openItem(ada, id, 99, now)).toMatchObject({ ok: false, error: "not-found" });
    expect(await db().assignmentWork.findMany()).toEqual(snapshot);
    expect((await db().assignmentMember.findFirstOrThrow()).status).toBe("in-progress");
    expect(await getQuizAttempt(bob, "x")).toBeNull();
  });
});
