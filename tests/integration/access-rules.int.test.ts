import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { accessRules, type Permission, type RuleId } from "../../lib/auth/access-rules";
import { ROLES, type Role } from "../../lib/auth/roles";
import { lessonSlugs } from "../../lib/content/lessons";
import { changeUserRole, listUsers, setUserActive } from "../../lib/db/admin-users";
import { claimInvitation, invitationPreview, joinCohort } from "../../lib/db/assignment-joining";
import {
  addTimeSpent,
  completeLessonItem,
  saveLabWork,
  startItem,
  submitAssignment,
} from "../../lib/db/assignment-work";
import {
  addMembers,
  createAssignment,
  exportAssignmentCsv,
  getAssignmentTable,
  getMemberDetail,
  interviewerOverview,
  itemCatalog,
  listAssignments,
  saveMemberFeedback,
} from "../../lib/db/assignments";
import { db } from "../../lib/db/client";
import { getMemberAssignment, listInbox, openItem } from "../../lib/db/member-assignments";
import { createCohort, getCohort, listCohorts } from "../../lib/db/cohorts";
import { authoringInventory, lessonPreview } from "../../lib/db/authoring";
import { dashboardActivity } from "../../lib/db/dashboard";
import {
  controlInterview,
  createInterview,
  getInterview,
  joinInterview,
  listInterviews,
  recordLabEvent,
  saveFeedback,
  saveInterview,
  saveScores,
} from "../../lib/db/interviews";
import { completedLessonSlugs, markLessonComplete, unmarkLessonComplete } from "../../lib/db/lesson-progress";
import {
  answerQuizQuestion,
  conceptMastery,
  getQuizAttempt,
  listQuizAttempts,
  reviewQueue,
  startQuizAttempt,
  startReviewAttempt,
  submitQuizAttempt,
} from "../../lib/db/quiz";
import { quizBank } from "../../lib/db/quiz-bank";
import { issuePasswordReset, resetPassword } from "../../lib/db/password-resets";
import { rateReviewAnswer } from "../../lib/db/review-session";
import { accountProfile, signUp, updateAccountProfile } from "../../lib/db/users";
import { initialFlow, reduce } from "../../lib/interview/flow";
import {
  DAY,
  ledSession,
  member,
  PROMPT,
  QUESTION,
  QUIZ_ID,
  seedWorld,
  uniqueCode,
  type Holdings,
  type Person,
  type World,
} from "./access-world";
import { withTestDatabase } from "./test-db";

/**
 * Walks README's access table (lib/auth/access-rules.ts): for every row and
 * every role, the allowed cases succeed and the refused ones are "not found"
 * (null / 404 where a function answers in those shapes), never "forbidden".
 * Each row has a probe: it calls the row's lib/db functions as `actor` on the
 * rows `target` holds and says whether the actor reached them.
 */
withTestDatabase();

type Outcome = "ok" | "not-found" | `unexpected: ${string}`;
type Probe = (actor: Person, target: Holdings, world: World) => Promise<Outcome>;

/** lib/db's result shapes: { ok } with error "not-found" or status 404 for what the actor may not see. */
function result(r: { ok: boolean; error?: string; status?: number }): Outcome {
  if (r.ok) return "ok";
  if (r.error === "not-found" || r.status === 404) return "not-found";
  return `unexpected: ${r.error ?? String(r.status)}`;
}
const found = (value: unknown): Outcome => (value === null || value === undefined ? "not-found" : "ok");
const reached = (yes: boolean): Outcome => (yes ? "ok" : "not-found");
/** One outcome for a row reached through several functions; they must agree. */
function agree(...outcomes: Outcome[]): Outcome {
  const [first = "ok", ...rest] = outcomes;
  return rest.every((o) => o === first) ? first : `unexpected: functions disagree (${outcomes.join(", ")})`;
}

const now = new Date();
const later = () => new Date(now.getTime() + 60_000);
const cutC = { label: "Cut C", action: { type: "cut", from: ["C"], to: ["A", "B"] } };
const labAction = { kind: "lab-action", ...cutC, at: 0, step: 0 };
const fault = { kind: "fault", ...cutC };
/** An interview in its deep dive (the lab is open), and the event that finishes it. */
const deepDive = [1, 2].reduce(
  (flow, ms) => reduce(flow, { type: "advance-phase", now: now.getTime() + ms }),
  reduce(initialFlow(45), { type: "start", now: now.getTime() }),
);
const finishing = { type: "finish", now: now.getTime() + 3 } as const;

/** Names of functions anything exports in lib/db, app actions and route handlers. */
function exportedFunctionNames(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "generated") walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.includes(".test.")) files.push(path);
    }
  };
  walk("lib/db");
  walk("app");
  return files.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/export (?:async )?function (\w+)/g)].map((m) => m[1] ?? ""),
  );
}

const PROBES: Record<RuleId, Probe> = {
  async "content.read"() {
    return reached(lessonSlugs().length > 0 && quizBank().quizzes.size > 0);
  },
  async "content.edit"() {
    // Reached only if something in the app could write content: a content model in the database or a writing function.
    const schema = readFileSync("prisma/schema.prisma", "utf8");
    const models = [...schema.matchAll(/^model (\w+)/gm)]
      .map((m) => m[1] ?? "")
      .filter((name) => /^(Lesson|Quiz|Question|Scenario|InterviewPrompt|Content)$/.test(name));
    const writers = exportedFunctionNames().filter((name) =>
      /^(create|update|save|edit|delete|write|publish|upsert)(Lesson|Quiz|Question|Scenario|Prompt|Content)s?(Action)?$/.test(
        name,
      ),
    );
    return reached(models.length + writers.length > 0);
  },
  async "authoring.use"(actor) {
    return agree(found(authoringInventory(actor)), found(lessonPreview(actor, { source: "# A draft" })));
  },
  async "lesson-progress.view"(actor, target) {
    return reached((await completedLessonSlugs(actor)).includes(target.lesson));
  },
  async "lesson-progress.mark"(actor, target) {
    const fresh = lessonSlugs().find((slug) => slug !== target.lesson) ?? "";
    await markLessonComplete(actor, fresh);
    const marked = (await db().lessonCompletion.count({ where: { userId: target.user.id, lessonSlug: fresh } })) === 1;
    await unmarkLessonComplete(actor, target.lesson);
    const unmarked =
      (await db().lessonCompletion.count({ where: { userId: target.user.id, lessonSlug: target.lesson } })) === 0;
    return agree(reached(marked), reached(unmarked));
  },
  async "quiz-attempt.start"(actor) {
    const r = await startQuizAttempt(actor, { quizId: QUIZ_ID, feedback: "deferred", certainty: false });
    if (!r.ok) return result(r);
    const row = await db().quizAttempt.findUniqueOrThrow({ where: { id: r.data.attemptId } });
    return row.userId === actor.id ? "ok" : "unexpected: the attempt belongs to someone else";
  },
  async "quiz-attempt.view"(actor, target) {
    return found(await getQuizAttempt(actor, target.quizAttemptId));
  },
  async "quiz-attempt.answer"(actor, target) {
    return result(await answerQuizQuestion(actor, target.quizAttemptId, QUESTION, 0));
  },
  async "quiz-attempt.submit"(actor, target) {
    return result(await submitQuizAttempt(actor, target.quizAttemptId, [QUESTION], now));
  },
  async "quiz-attempt.history"(actor, target) {
    const listed = (await listQuizAttempts(actor)).some((a) => a.id === target.quizAttemptId);
    const mastery = (await conceptMastery(actor)).some((m) => m.concept === target.concept);
    const recent = (await dashboardActivity(actor)).recent.some((a) => a.id === target.quizAttemptId);
    return agree(reached(listed), reached(mastery), reached(recent));
  },
  async "review-queue.view"(actor, target) {
    return reached((await reviewQueue(actor, now)).items.some((c) => c.questionId === target.reviewQuestionId));
  },
  async "review-queue.start"(actor, target) {
    const r = await startReviewAttempt(actor, now);
    // The actor's own queue is empty unless it is the target's: nothing due is how a stranger is refused.
    if (!r.ok) return r.error === "no-questions" ? "not-found" : result(r);
    const row = await db().quizAttempt.findUniqueOrThrow({ where: { id: r.data.attemptId } });
    return reached(row.userId === actor.id && row.items.includes(target.reviewQuestionId));
  },
  async "review-queue.rate"(actor, target) {
    // Set-up: the target practises their card's concept (due or not, as each case rates it) and answers the card;
    // the actor rates their recall.
    const concept = quizBank().questions.get(target.reviewQuestionId)?.question.concepts[0] ?? "";
    const started = await startReviewAttempt(target.user, now, { kind: "concept", concept });
    if (!started.ok) return `unexpected: ${started.error}`;
    const { attemptId } = started.data;
    const answered = await answerQuizQuestion(
      target.user,
      attemptId,
      { ...QUESTION, questionId: target.reviewQuestionId },
      0,
    );
    if (!answered.ok) return `unexpected: ${answered.error}`;
    const r = await rateReviewAnswer(actor, attemptId, target.reviewQuestionId, 3, now);
    const rated = await db().quizAnswer.count({ where: { attemptId, rating: 3 } });
    return agree(result(r), reached(rated === 1));
  },
  async "interview.start-solo"(actor) {
    return result(await createInterview(actor, { promptSlug: PROMPT, mode: "solo", durationMin: 30 }));
  },
  async "interview.start-led"(actor) {
    return result(await createInterview(actor, { promptSlug: PROMPT, mode: "led", durationMin: 30 }));
  },
  async "interview.join"(actor, target) {
    const session = await ledSession(target.user.id, null);
    return result(await joinInterview(actor, session.joinCode));
  },
  async "interview.list"(actor, target) {
    return reached((await listInterviews(actor)).some((s) => s.id === target.soloInterviewId));
  },
  async "interview.candidate-part"(actor, target) {
    const outcomes: Outcome[] = [];
    for (const id of [target.soloInterviewId, target.ledAsCandidateId]) {
      const seen = await getInterview(actor, id);
      outcomes.push(
        seen.ok ? (seen.session.viewerRole === "candidate" ? "ok" : "unexpected: seen as interviewer") : result(seen),
      );
      // Set-up: the interview is in its deep dive (a led one's clock is its interviewer's), so the lab takes actions.
      const { revision } = await db().interviewSession.update({
        where: { id },
        data: { flowState: JSON.stringify(deepDive) },
      });
      outcomes.push(result(await recordLabEvent(actor, id, labAction)));
      outcomes.push(
        result(await saveInterview(actor, id, { baseRevision: revision, flow: reduce(deepDive, finishing) })),
      );
      // Finishing opens the self-assessment below (the flow allows self-scores only after the finish); the led
      // interview's interviewer finishes it.
      await db().interviewSession.update({
        where: { id },
        data: { flowState: JSON.stringify(reduce(deepDive, finishing)) },
      });
      const scored = await saveScores(actor, id, [{ dimension: "requirements", level: 3 }]);
      const asInterviewer = await db().interviewScore.count({ where: { sessionId: id, source: "interviewer" } });
      outcomes.push(asInterviewer > 0 ? "unexpected: scored as interviewer" : result(scored));
    }
    return agree(...outcomes);
  },
  async "interview.interviewer-part"(actor, target) {
    const id = target.ledInterviewId;
    const seen = await getInterview(actor, id);
    const view: Outcome = seen.ok
      ? seen.session.viewerRole === "interviewer" && seen.session.interviewerNotes !== null
        ? "ok"
        : "unexpected: seen as candidate"
      : result(seen);
    const feedback = result(
      await saveFeedback(actor, id, {
        interviewerNotes: "Reasons from first principles.",
        feedback: "Good deep dive.",
      }),
    );
    const scored = await saveScores(actor, id, [{ dimension: "deep-dive", level: 4, comment: "Clear." }]);
    const asSelf = await db().interviewScore.count({ where: { sessionId: id, source: "self" } });
    const scores: Outcome = asSelf > 0 ? "unexpected: scored as candidate" : result(scored);
    const injected = result(await recordLabEvent(actor, id, fault));
    await db().interviewSession.update({ where: { id }, data: { flowState: JSON.stringify(deepDive) } });
    const paused = result(await controlInterview(actor, id, { intent: "pause" }));
    return agree(view, feedback, scores, injected, paused);
  },
  async "assignment.create"(actor) {
    const input = {
      title: "Failover drill",
      instructions: "",
      dueAt: new Date(now.getTime() + 3 * DAY).toISOString(),
      seedMode: "per-candidate",
      items: [{ kind: "lesson", ref: lessonSlugs()[0] ?? "" }],
    };
    return agree(
      result(await createAssignment(actor, { assignment: input, emails: "", cohortId: null }, now)),
      result(itemCatalog(actor)),
    );
  },
  async "assignment.list"(actor, target) {
    const overview = (await interviewerOverview(actor, now)).assignments.some((a) => a.id === target.assignmentId);
    const listed = (await listAssignments(actor, now)).some((a) => a.id === target.assignmentId);
    return agree(reached(overview), reached(listed));
  },
  async "assignment.view-table"(actor, target) {
    return result(await getAssignmentTable(actor, target.assignmentId, now));
  },
  async "assignment.add-members"(actor, target) {
    return result(await addMembers(actor, target.assignmentId, `added-${uniqueCode()}@access.example`.toLowerCase()));
  },
  async "assignment.export-csv"(actor, target) {
    return result(await exportAssignmentCsv(actor, target.assignmentId, now));
  },
  async "assignment.drill-down"(actor, target) {
    return result(await getMemberDetail(actor, target.assignmentId, target.ownedMemberId, now));
  },
  async "assignment.feedback"(actor, target) {
    return result(
      await saveMemberFeedback(
        actor,
        target.assignmentId,
        target.ownedMemberId,
        { feedback: "Clear reasoning about fencing." },
        now,
      ),
    );
  },
  async "cohort.create"(actor) {
    return result(await createCohort(actor, "Autumn cohort"));
  },
  async "cohort.view"(actor, target) {
    const listed = (await listCohorts(actor)).some((c) => c.id === target.cohortId);
    return agree(result(await getCohort(actor, target.cohortId)), reached(listed));
  },
  async "cohort.join"(actor, target) {
    return result(await joinCohort(actor, target.cohortCode));
  },
  async "assignment-work.inbox"(actor, target) {
    return reached((await listInbox(actor, now)).some((entry) => entry.assignmentId === target.givenAssignmentId));
  },
  async "assignment-work.open"(actor, target) {
    return agree(
      result(await getMemberAssignment(actor, target.givenAssignmentId, now, { markFeedbackSeen: true })),
      result(await openItem(actor, target.givenAssignmentId, 1, now)),
    );
  },
  async "assignment-work.save"(actor, target) {
    const id = target.givenAssignmentId;
    return agree(
      result(await startItem(actor, id, 1, now)),
      result(await saveLabWork(actor, id, 1, { answer: "The replica had not applied the write yet." }, now)),
      result(await addTimeSpent(actor, id, 1, 5_000, later())),
      result(await completeLessonItem(actor, id, 0, now)),
    );
  },
  async "assignment-work.submit"(actor, target) {
    return result(await submitAssignment(actor, target.givenAssignmentId, later()));
  },
  async "invitation.claim"(actor, target) {
    const invite = await member(target.assignmentId, {
      email: `invited-${uniqueCode()}@access.example`.toLowerCase(),
      userId: null,
    });
    const token = invite.inviteToken ?? "";
    return agree(found(await invitationPreview(token)), result(await claimInvitation(actor, token)));
  },
  async "account.update"(actor, target) {
    // Every account function acts on the actor's own row: reaching the target's means being the target.
    const name = `Renamed by ${actor.id}`;
    await updateAccountProfile(actor, { name, email: actor.email });
    const shown = await accountProfile(actor);
    const row = await db().user.findUniqueOrThrow({ where: { id: target.user.id } });
    return agree(reached(row.name === name), reached(shown?.email === target.user.email));
  },
  async "password-reset.issue"(actor, target) {
    const r = await issuePasswordReset(actor.id, target.user.id, now);
    const rows = await db().passwordReset.count({ where: { userId: target.user.id } });
    return agree(r.ok ? "ok" : "not-found", reached(rows > 0));
  },
  async "password-reset.use"(actor, target, world) {
    // Set-up: an admin issues a link for the target; whoever holds it (the actor) sets the password.
    const issued = await issuePasswordReset(world.first.admin.id, target.user.id, now);
    if (!issued.ok) return "unexpected: no link issued";
    const r = await resetPassword(issued.token, { password: "copper gears hum beneath snow" }, now);
    return r.ok ? "ok" : `unexpected: ${"reason" in r ? r.reason : "field error"}`;
  },
  async "users.list"(actor, target) {
    const users = await listUsers(actor.id);
    return users === null ? "not-found" : reached(users.some((u) => u.id === target.user.id));
  },
  async "users.change-role"(actor, target) {
    return result(await changeUserRole(actor.id, { userId: target.user.id, role: target.user.role }));
  },
  async "users.deactivate"(actor, target) {
    return result(await setUserActive(actor.id, { userId: target.user.id, active: true }));
  },
};

interface Case {
  readonly label: string;
  readonly actor: Person;
  readonly target: Person;
  readonly expected: "ok" | "not-found";
}

/** Whose rows "all" and "none" cases aim at: the first interviewer's, or the first candidate's for an interviewer. */
function someoneElse(world: World, actor: Person): Person {
  return actor.id === world.first.interviewer.id ? world.first.candidate : world.first.interviewer;
}

/**
 * The cases of one row: "all" reaches someone else's rows; "own" and "member"
 * reach the first user's own rows and a stranger of the same role (the second
 * user) does not; "none" reaches neither someone else's rows nor rows seeded
 * as the actor's own. Refusals run first, so an allowed case's writes cannot
 * hide a refusal.
 */
function casesFor(permission: (role: Role) => Permission, world: World): Case[] {
  const cases: Case[] = [];
  for (const role of ROLES) {
    const first = world.first[role];
    const second = world.second[role];
    switch (permission(role)) {
      case "all":
        cases.push({
          label: `${role} on someone else's`,
          actor: first,
          target: someoneElse(world, first),
          expected: "ok",
        });
        break;
      case "own":
      case "member":
        cases.push({
          label: `${role}, a stranger of the same role`,
          actor: second,
          target: first,
          expected: "not-found",
        });
        cases.push({ label: `${role} on their own`, actor: first, target: first, expected: "ok" });
        break;
      case "none":
        cases.push({
          label: `${role} on rows seeded as their own`,
          actor: first,
          target: first,
          expected: "not-found",
        });
        cases.push({
          label: `${role} on someone else's`,
          actor: first,
          target: someoneElse(world, first),
          expected: "not-found",
        });
        break;
    }
  }
  return cases.sort((a, b) => (a.expected === b.expected ? 0 : a.expected === "not-found" ? -1 : 1));
}

describe("access rules (README table)", () => {
  let world: World;
  beforeEach(async () => {
    world = await seedWorld(now);
  });

  it.each(accessRules().map((rule) => [rule.id, rule] as const))("%s", async (id, rule) => {
    const mismatches: string[] = [];
    const cases = casesFor((role) => rule.access[role], world);
    for (const c of cases) {
      const outcome = await PROBES[id](c.actor, world.of(c.target), world);
      if (outcome !== c.expected) mismatches.push(`${c.label}: expected ${c.expected}, got ${outcome}`);
    }
    expect(mismatches).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(ROLES.length);
  });

  it("a demoted interviewer keeps nothing of the interviewer's side", async () => {
    const interviewer = world.first.interviewer;
    const held = world.of(interviewer);
    await db().user.update({ where: { id: interviewer.id }, data: { role: "candidate" } });
    const demoted: Person = { ...interviewer, role: "candidate" };
    for (const id of [
      "interview.interviewer-part",
      "assignment.view-table",
      "assignment.drill-down",
      "assignment.feedback",
      "cohort.view",
      "assignment.list",
    ] as const) {
      expect(await PROBES[id](demoted, held, world), id).toBe("not-found");
    }
    // Their own practice stays theirs.
    expect(await PROBES["quiz-attempt.view"](demoted, held, world)).toBe("ok");
  });

  it("an assignment cannot be given to another interviewer's cohort", async () => {
    const input = {
      title: "Fencing drill",
      instructions: "",
      dueAt: new Date(now.getTime() + 3 * DAY).toISOString(),
      seedMode: "per-candidate",
      items: [{ kind: "lesson", ref: lessonSlugs()[0] ?? "" }],
    };
    const othersCohort = world.of(world.first.admin).cohortId;
    expect(
      await createAssignment(world.first.interviewer, { assignment: input, emails: "", cohortId: othersCohort }, now),
    ).toEqual({ ok: false, error: "not-found" });
    expect(await db().assignment.count({ where: { cohortId: othersCohort } })).toBe(0);
  });

  it("an invitation accepted at sign-up gives the assignment to the new account and to nobody else", async () => {
    const assignmentId = world.of(world.first.interviewer).assignmentId;
    const invite = await member(assignmentId, { email: "newcomer@access.example", userId: null });
    const r = await signUp({
      name: "Newcomer",
      email: "newcomer@access.example",
      password: "correct horse battery",
      inviteToken: invite.inviteToken,
    });
    if (!r.ok) throw new Error("sign-up refused");
    expect(r.invitation).toEqual({ ok: true, assignmentId });
    const newcomer = { id: r.user.id, role: r.user.role };
    expect((await listInbox(newcomer, now)).map((entry) => entry.assignmentId)).toContain(assignmentId);
    expect(await getMemberAssignment(world.second.candidate, assignmentId, now)).toMatchObject({
      ok: false,
      error: "not-found",
    });
    expect(await getAssignmentTable(newcomer, assignmentId, now)).toEqual({ ok: false, error: "not-found" });
  });
});
