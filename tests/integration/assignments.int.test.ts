import { beforeEach, describe, expect, it } from "vitest";
import { rubricField, scoreField } from "../../lib/assignments/review";
import { RUBRIC_DIMENSIONS } from "../../lib/interview/prompt-schema";
import { scoreText } from "../../lib/assignments/table";
import { db } from "../../lib/db/client";
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
import type { Actor } from "../../lib/auth/access";
import { getMemberAssignment, listInbox, openItem } from "../../lib/db/member-assignments";
import { createCohort } from "../../lib/db/cohorts";
import { startAssignedQuizAttempt, submitQuizAttempt } from "../../lib/db/quiz";
import type { Role } from "../../lib/auth/roles";
import { createTestUser, withTestDatabase } from "./test-db";

withTestDatabase();

const now = new Date("2030-01-01T00:00:00Z");
const due = "2030-01-15T00:00:00.000Z";
let ivan: Actor;
let other: Actor;
let admin: Actor;
let cara: Actor;
let dan: Actor;

const user = (name: string, role: Role) => createTestUser(name, role);

beforeEach(async () => {
  ivan = await user("Ivan", "interviewer");
  other = await user("Otto", "interviewer");
  admin = await user("Ada", "admin");
  cara = await user("Cara", "candidate");
  dan = await user("Dan", "candidate");
});

const items = [
  { kind: "lesson", ref: "single-leader-replication" },
  { kind: "quiz", ref: "single-leader-basics" },
  { kind: "lab", ref: "split-brain", task: "Which node kept the acknowledged writes?" },
  { kind: "interview", ref: "url-shortener" },
];

async function create(
  emails = "cara@example.com, new.person@example.com",
  cohortId: string | null = null,
  seed: Partial<{ seedMode: string; pinnedSeed: number }> = { seedMode: "pinned", pinnedSeed: 7 },
) {
  const result = await createAssignment(
    ivan,
    {
      assignment: { title: "Week 1: failover", instructions: "Work alone.", dueAt: due, ...seed, items },
      emails,
      cohortId,
    },
    now,
  );
  if (!result.ok) throw new Error(`not created: ${JSON.stringify(result)}`);
  return result.id;
}

describe("creating an assignment", () => {
  it("stores the items in order and enrols known emails with their account and unknown ones with an invitation", async () => {
    const id = await create();
    const table = await getAssignmentTable(ivan, id, now);
    if (!table.ok) throw new Error("no table");
    expect(table.table.items.map((i) => `${i.kind}:${i.ref}`)).toEqual(items.map((i) => `${i.kind}:${i.ref}`));
    expect(table.table.items[1]?.title).not.toBe("single-leader-basics");
    expect(table.table.items[2]?.task).toBe("Which node kept the acknowledged writes?");
    const [first, second] = table.table.rows;
    expect(first).toMatchObject({
      name: "Cara",
      email: "cara@example.com",
      inviteToken: null,
      status: "not-started",
      seed: 7,
    });
    expect(second).toMatchObject({ name: null, email: "new.person@example.com", seed: 7 });
    expect(second?.inviteToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const member = await db().assignmentMember.findFirstOrThrow({
      where: { assignmentId: id, email: "cara@example.com" },
    });
    expect(member.userId).toBe(cara.id);
  });

  it("gives per-candidate seeds that differ between members", async () => {
    const id = await create("cara@example.com dan@example.com", null, { seedMode: "per-candidate" });
    const table = await getAssignmentTable(ivan, id, now);
    if (!table.ok) throw new Error("no table");
    const seeds = table.table.rows.map((r) => r.seed);
    expect(new Set(seeds).size).toBe(2);
  });

  it("rejects malformed emails and unknown refs by name and creates nothing", async () => {
    const bad = await createAssignment(
      ivan,
      {
        assignment: {
          title: "T",
          dueAt: due,
          seedMode: "pinned",
          pinnedSeed: 1,
          items: [{ kind: "quiz", ref: "no-such-quiz" }],
        },
        emails: "cara@example.com, not-an-email",
        cohortId: null,
      },
      now,
    );
    expect(bad.ok).toBe(false);
    if (bad.ok || bad.error !== "invalid") throw new Error("expected invalid");
    expect(bad.fieldErrors.emails).toContain("“not-an-email”");
    expect(bad.fieldErrors["items.0.ref"]).toMatch(/no-such-quiz/);
    const past = await createAssignment(
      ivan,
      {
        assignment: { title: "T", dueAt: "2029-12-31T00:00:00Z", seedMode: "per-candidate", items },
        emails: "",
        cohortId: null,
      },
      now,
    );
    expect(past.ok === false && past.error === "invalid" && past.fieldErrors.dueAt).toMatch(/future/);
    expect(await db().assignment.count()).toBe(0);
    expect(await db().assignmentMember.count()).toBe(0);
  });

  it("enrols every current member of the actor's own cohort, and refuses someone else's cohort as not found", async () => {
    const cohort = await createCohort(ivan, "Spring cohort");
    if (!cohort.ok) throw new Error("no cohort");
    await db().cohortMember.createMany({
      data: [
        { cohortId: cohort.id, userId: cara.id },
        { cohortId: cohort.id, userId: dan.id },
      ],
    });
    const id = await create("cara@example.com", cohort.id);
    const table = await getAssignmentTable(ivan, id, now);
    expect(table.ok && table.table.rows.map((r) => r.email)).toEqual(["cara@example.com", "dan@example.com"]);
    expect(table.ok && table.table.cohort?.name).toBe("Spring cohort");
    const foreign = await createAssignment(
      other,
      { assignment: { title: "T", dueAt: due, seedMode: "per-candidate", items }, emails: "", cohortId: cohort.id },
      now,
    );
    expect(foreign).toEqual({ ok: false, error: "not-found" });
  });

  it("is only for interviewers and admins", async () => {
    expect(itemCatalog(cara)).toEqual({ ok: false, error: "not-found" });
    const catalog = itemCatalog(admin);
    expect(catalog.ok && catalog.catalog.lab.some((e) => e.ref === "split-brain")).toBe(true);
    expect(await createAssignment(cara, { assignment: {}, emails: "", cohortId: null }, now)).toEqual({
      ok: false,
      error: "not-found",
    });
  });
});

describe("adding candidates later", () => {
  it("enrols, invites and reports who was already there; a bad email changes nothing", async () => {
    const id = await create("cara@example.com");
    const refused = await addMembers(ivan, id, "dan@example.com\nbroken@");
    expect(refused.ok === false && refused.error === "invalid" && refused.message).toContain("“broken@”");
    expect(await db().assignmentMember.count({ where: { assignmentId: id } })).toBe(1);
    const added = await addMembers(ivan, id, "Dan@Example.com, CARA@example.com, fresh@example.com");
    if (!added.ok) throw new Error("not added");
    expect(added.added.map((a) => [a.email, a.outcome])).toEqual([
      ["dan@example.com", "enrolled"],
      ["cara@example.com", "already"],
      ["fresh@example.com", "invited"],
    ]);
    expect(added.added[2]?.inviteToken).toBeTruthy();
    expect(await addMembers(other, id, "x@example.com")).toEqual({ ok: false, error: "not-found" });
  });
});

describe("the table, drill-down, feedback and CSV", () => {
  async function submittedWork() {
    const id = await create("cara@example.com, dan@example.com");
    const member = await db().assignmentMember.findFirstOrThrow({ where: { assignmentId: id, userId: cara.id } });
    const its = await db().assignmentItem.findMany({ where: { assignmentId: id }, orderBy: { position: "asc" } });
    const [lesson, quiz, lab] = its;
    if (!lesson || !quiz || !lab) throw new Error("items missing");
    const started = await startAssignedQuizAttempt(cara, "single-leader-basics", member.seed);
    if (!started.ok) throw new Error("quiz not started");
    const score = await submitQuizAttempt(cara, started.data.attemptId, [], now);
    if (!score.ok) throw new Error("quiz not submitted");
    await db().assignmentWork.createMany({
      data: [
        { memberId: member.id, itemId: lesson.id, status: "done", timeSpentMs: 120_000, completedAt: now },
        {
          memberId: member.id,
          itemId: quiz.id,
          status: "done",
          quizAttemptId: started.data.attemptId,
          timeSpentMs: 300_000,
          completedAt: now,
        },
        {
          memberId: member.id,
          itemId: lab.id,
          status: "done",
          labRun: "v1.share-code",
          answer: "=Node B, after fencing",
          timeSpentMs: 60_000,
          completedAt: now,
        },
      ],
    });
    return { id, member, quizMax: score.data.maxScore, attemptId: started.data.attemptId };
  }

  it("shows per-cell status, score and time, and overdue for who has not submitted after the due date", async () => {
    const { id, quizMax } = await submittedWork();
    const table = await getAssignmentTable(ivan, id, now);
    if (!table.ok) throw new Error("no table");
    const cells = table.table.rows[0]?.cells ?? [];
    expect(cells.map((c) => c.status)).toEqual(["done", "done", "done", "not-started"]);
    expect(cells[1]).toMatchObject({ score: 0, maxScore: quizMax, timeSpentMs: 300_000 });
    expect(cells[0]).toMatchObject({ score: null, maxScore: null });
    const late = await getAssignmentTable(ivan, id, new Date("2030-02-01T00:00:00Z"));
    expect(late.ok && late.table.rows.map((r) => r.status)).toEqual(["overdue", "overdue"]);
  });

  it("drills into a member's quiz keys, lab run and answer; feedback only once submitted", async () => {
    const { id, member } = await submittedWork();
    const detail = await getMemberDetail(ivan, id, member.id, now);
    if (!detail.ok) throw new Error("no detail");
    const quiz = detail.detail.items[1]?.detail;
    expect(quiz?.kind === "quiz" && quiz.attempt?.status).toBe("submitted");
    expect(quiz?.kind === "quiz" && quiz.attempt?.questions.every((q) => q.feedback !== null)).toBe(true);
    expect(detail.detail.items[2]?.detail).toEqual({
      kind: "lab",
      labRun: "v1.share-code",
      answer: "=Node B, after fencing",
    });
    expect(detail.detail.items[3]?.detail).toMatchObject({ kind: "interview", session: null });

    expect(await saveMemberFeedback(ivan, id, member.id, { feedback: "Good work" }, now)).toMatchObject({
      ok: false,
      error: "not-submitted",
    });
    await db().assignmentMember.update({ where: { id: member.id }, data: { status: "submitted", submittedAt: now } });
    expect((await interviewerOverview(ivan, now)).awaitingReview.map((r) => r.candidateName)).toEqual(["Cara"]);
    expect(await saveMemberFeedback(ivan, id, member.id, { feedback: "   " }, now)).toMatchObject({
      ok: false,
      error: "invalid",
    });
    expect(await saveMemberFeedback(ivan, id, member.id, { feedback: "Clear reasoning about fencing." }, now)).toEqual({
      ok: true,
    });
    const saved = await db().assignmentMember.findUniqueOrThrow({ where: { id: member.id } });
    expect(saved).toMatchObject({ status: "reviewed", feedback: "Clear reasoning about fencing." });
    expect(saved.reviewedAt?.toISOString()).toBe(now.toISOString());
    const overview = await interviewerOverview(ivan, now);
    expect(overview.awaitingReview).toEqual([]);
    expect(overview.assignments[0]).toMatchObject({
      memberCount: 2,
      submittedCount: 1,
      reviewedCount: 1,
      overdueCount: 0,
    });
  });

  it("exports the table as formula-safe CSV named after the title", async () => {
    const { id } = await submittedWork();
    await db().user.update({ where: { id: dan.id }, data: { name: '=HYPERLINK("evil")' } });
    const csv = await exportAssignmentCsv(ivan, id, now);
    if (!csv.ok) throw new Error("no csv");
    expect(csv.filename).toBe("week-1-failover.csv");
    const lines = csv.csv.split("\r\n");
    expect(lines[0]).toMatch(/^Candidate,Email,Status/);
    expect(lines[1]).toMatch(/^Cara,cara@example.com,In progress|^Cara,cara@example.com,Not started/);
    expect(lines[2]?.startsWith('"\'=HYPERLINK(""evil"")",dan@example.com')).toBe(true);
  });

  it("is not found for another interviewer, an admin who does not own it, and candidates", async () => {
    const { id, member } = await submittedWork();
    for (const actor of [other, admin, cara]) {
      expect(await getAssignmentTable(actor, id, now)).toEqual({ ok: false, error: "not-found" });
      expect(await getMemberDetail(actor, id, member.id, now)).toEqual({ ok: false, error: "not-found" });
      expect(await exportAssignmentCsv(actor, id, now)).toEqual({ ok: false, error: "not-found" });
      expect(await saveMemberFeedback(actor, id, member.id, { feedback: "x" }, now)).toEqual({
        ok: false,
        error: "not-found",
      });
      expect(await listAssignments(actor, now)).toEqual([]);
      expect((await interviewerOverview(actor, now)).assignments).toEqual([]);
    }
    const otherId = (
      await createAssignment(
        other,
        { assignment: { title: "Theirs", dueAt: due, seedMode: "per-candidate", items }, emails: "", cohortId: null },
        now,
      )
    ).ok;
    expect(otherId).toBe(true);
    const theirs = await db().assignment.findFirstOrThrow({ where: { ownerId: other.id } });
    expect(await getMemberDetail(ivan, theirs.id, member.id, now)).toEqual({ ok: false, error: "not-found" });
    expect(await getAssignmentTable(ivan, "does-not-exist", now)).toEqual({ ok: false, error: "not-found" });
  });
});

describe("scoring lab and interview items in the review", () => {
  async function submitted() {
    const id = await create("cara@example.com");
    const member = await db().assignmentMember.findFirstOrThrow({ where: { assignmentId: id, userId: cara.id } });
    const [lesson, quiz, lab, interview] = await db().assignmentItem.findMany({
      where: { assignmentId: id },
      orderBy: { position: "asc" },
    });
    if (!lesson || !quiz || !lab || !interview) throw new Error("items missing");
    const labSaved = new Date("2029-12-31T12:00:00Z");
    await db().assignmentWork.createMany({
      data: [
        { memberId: member.id, itemId: lesson.id, status: "done", completedAt: now },
        {
          memberId: member.id,
          itemId: lab.id,
          status: "done",
          answer: "Node A, fenced by epoch",
          timeSpentMs: 60_000,
          completedAt: now,
        },
        { memberId: member.id, itemId: interview.id, status: "in-progress", timeSpentMs: 600_000 },
      ],
    });
    const session = await db().interviewSession.create({
      data: { candidateId: cara.id, promptSlug: "url-shortener", mode: "solo", flowState: "{}", notes: "" },
    });
    await db().assignmentWork.updateMany({
      where: { memberId: member.id, itemId: interview.id },
      data: { interviewSessionId: session.id },
    });
    await db().assignmentWork.updateMany({
      where: { memberId: member.id, itemId: lab.id },
      data: { updatedAt: labSaved },
    });
    return { id, member, lesson, quiz, lab, interview, labSaved, session };
  }
  /** A level for every dimension of the url-shortener rubric: 3s, with a 4 for the deep dive. */
  const fullRubric = {
    levels: Object.fromEntries(RUBRIC_DIMENSIONS.map((d) => [d, d === "deep-dive" ? "4" : "3"])),
    comments: { "deep-dive": "Fenced the old leader by epoch." },
  };
  const interviewerScores = async (sessionId: string) =>
    (
      await db().interviewScore.findMany({
        where: { sessionId, source: "interviewer" },
        orderBy: { dimension: "asc" },
      })
    ).map((r) => [r.dimension, r.level, r.comment]);
  const submit = (memberId: string) =>
    db().assignmentMember.update({ where: { id: memberId }, data: { status: "submitted", submittedAt: now } });
  const storedScores = async (memberId: string) =>
    Object.fromEntries(
      (await db().assignmentWork.findMany({ where: { memberId }, include: { item: true } })).map((w) => [
        w.item.kind,
        [w.score, w.maxScore],
      ]),
    );

  it("offers a mark only for lab items the candidate started and interview items whose interview they started", async () => {
    const { id, member, interview } = await submitted();
    const detail = await getMemberDetail(ivan, id, member.id, now);
    expect(detail.ok && detail.detail.items.map((i) => i.scorable)).toEqual([false, false, true, true]);
    const entry = detail.ok ? detail.detail.items[3] : undefined;
    expect(entry?.detail.kind === "interview" && entry.detail.rubric.map((r) => r.label)).toContain("Deep dive");
    await db().assignmentWork.updateMany({
      where: { memberId: member.id, itemId: interview.id },
      data: { interviewSessionId: null },
    });
    const unopened = await getMemberDetail(ivan, id, member.id, now);
    expect(unopened.ok && unopened.detail.items.map((i) => i.scorable)).toEqual([false, false, true, false]);
  });

  it("refuses scores before the candidate submits, and saves nothing", async () => {
    const { id, member, lab } = await submitted();
    expect(
      await saveMemberFeedback(ivan, id, member.id, { feedback: "Early", scores: { [lab.id]: "5" } }, now),
    ).toMatchObject({ ok: false, error: "not-submitted" });
    expect(await storedScores(member.id)).toMatchObject({ lab: [null, null] });
  });

  it("names every bad field and saves neither feedback nor any score when one is wrong", async () => {
    const { id, member, lab, interview, quiz } = await submitted();
    await submit(member.id);
    const bad = await saveMemberFeedback(
      ivan,
      id,
      member.id,
      { feedback: "Solid.", scores: { [lab.id]: "11" }, rubrics: { [interview.id]: fullRubric } },
      now,
    );
    expect(bad).toMatchObject({
      ok: false,
      error: "invalid",
      message: "Item 3 (lab scenario): 11 is outside 0 to 10 points.",
    });
    expect(bad.ok === false && bad.error === "invalid" && Object.keys(bad.fieldErrors)).toEqual([scoreField(lab.id)]);
    const blank = await saveMemberFeedback(
      ivan,
      id,
      member.id,
      {
        feedback: " ",
        scores: { [lab.id]: "8" },
        rubrics: { [interview.id]: { levels: { ...fullRubric.levels, communication: "5" } } },
      },
      now,
    );
    expect(blank.ok === false && blank.error === "invalid" && blank.fieldErrors).toMatchObject({
      feedback: "Write some feedback before saving.",
      [rubricField(interview.id)]:
        "Item 4 (mock interview): “5” is not a level for Communication; pick one from 1 to 4.",
    });
    expect(blank.ok === false && blank.error === "invalid" && blank.message).toBe(
      "Nothing was saved: fix the 2 fields with a message under them.",
    );
    const quizScore = await saveMemberFeedback(
      ivan,
      id,
      member.id,
      { feedback: "Solid.", scores: { [quiz.id]: "3" } },
      now,
    );
    expect(quizScore.ok === false && quizScore.error === "invalid" && quizScore.fieldErrors.form).toMatch(
      /cannot be scored/,
    );
    expect(await storedScores(member.id)).toMatchObject({ lab: [null, null], interview: [null, null] });
    expect(await db().assignmentMember.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      status: "submitted",
      feedback: null,
      reviewedAt: null,
    });
  });

  it("refuses a partial rubric naming the dimensions left out, and changes nothing", async () => {
    const { id, member, lab, interview, session } = await submitted();
    await submit(member.id);
    const partial = await saveMemberFeedback(
      ivan,
      id,
      member.id,
      {
        feedback: "Solid.",
        scores: { [lab.id]: "7" },
        rubrics: { [interview.id]: { levels: { requirements: "3", "deep-dive": "4", communication: "2" } } },
      },
      now,
    );
    expect(partial).toMatchObject({
      ok: false,
      error: "invalid",
      message:
        "Item 4 (mock interview): pick a level for High-level design, Data and replication choices and Failure handling and trade-offs too. The rubric is saved only with a level for every dimension.",
      fieldErrors: { [rubricField(interview.id)]: expect.stringContaining("High-level design") },
    });
    expect(await interviewerScores(session.id)).toEqual([]);
    expect(await storedScores(member.id)).toMatchObject({ lab: [null, null], interview: [null, null] });
    expect(await db().assignmentMember.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      status: "submitted",
      feedback: null,
    });
  });

  it("stores a full rubric as the interview's interviewer scores and scores the item with their mean out of 4", async () => {
    const { id, member, interview, session } = await submitted();
    await submit(member.id);
    await db().interviewScore.create({
      data: { sessionId: session.id, source: "self", dimension: "requirements", level: 4 },
    });
    expect(
      await saveMemberFeedback(
        ivan,
        id,
        member.id,
        { feedback: "Good.", rubrics: { [interview.id]: fullRubric } },
        now,
      ),
    ).toEqual({ ok: true });
    expect(await interviewerScores(session.id)).toEqual(
      [...RUBRIC_DIMENSIONS]
        .sort()
        .map((d) => [d, d === "deep-dive" ? 4 : 3, d === "deep-dive" ? "Fenced the old leader by epoch." : ""]),
    );
    const [score, maxScore] = (await storedScores(member.id)).interview ?? [];
    expect(score).toBeCloseTo(19 / 6);
    expect(maxScore).toBe(4);
    // The candidate's own self-score is theirs: the interviewer's levels sit beside it, not over it.
    expect(
      await db().interviewScore.findFirst({
        where: { sessionId: session.id, source: "self" },
        select: { level: true },
      }),
    ).toEqual({ level: 4 });

    const table = await getAssignmentTable(ivan, id, now);
    const cell = table.ok ? table.table.rows[0]?.cells[3] : undefined;
    expect(cell && scoreText(cell, "interview")).toBe("3.2 / 4");
    const csv = await exportAssignmentCsv(ivan, id, now);
    expect(csv.ok && csv.csv.split("\r\n")[1]).toContain(",3.2,4,");

    const detail = await getMemberDetail(ivan, id, member.id, now);
    const entry = detail.ok ? detail.detail.items[3] : undefined;
    expect(entry?.detail.kind === "interview" && entry.detail.session?.interviewerScores.length).toBe(6);

    const seen = await getMemberAssignment(cara, id, now);
    const item = seen.ok ? seen.data.items[3] : undefined;
    expect(item?.interviewerLevels.map((l) => [l.dimension, l.level]).sort()).toEqual(
      [...RUBRIC_DIMENSIONS].sort().map((d) => [d, d === "deep-dive" ? 4 : 3]),
    );

    // Re-scoring replaces the levels and the mean; a save that leaves the rubric out keeps them.
    const allTwos = { levels: Object.fromEntries(RUBRIC_DIMENSIONS.map((d) => [d, "2"])) };
    expect(
      await saveMemberFeedback(ivan, id, member.id, { feedback: "Good.", rubrics: { [interview.id]: allTwos } }, now),
    ).toEqual({ ok: true });
    expect(await saveMemberFeedback(ivan, id, member.id, { feedback: "Better." }, now)).toEqual({ ok: true });
    expect((await storedScores(member.id)).interview).toEqual([2, 4]);
    expect((await interviewerScores(session.id)).map(([, level, comment]) => [level, comment])).toEqual(
      RUBRIC_DIMENSIONS.map(() => [2, ""]),
    );
  });

  it("keeps the interviewer's levels from the candidate until the submission is reviewed", async () => {
    const { id, member, session } = await submitted();
    await submit(member.id);
    await db().interviewScore.create({
      data: { sessionId: session.id, source: "interviewer", dimension: "requirements", level: 2 },
    });
    const before = await getMemberAssignment(cara, id, now);
    expect(before.ok && before.data.items[3]?.interviewerLevels).toEqual([]);
  });

  it("saves the scores with the feedback; the table, the CSV and (after review) the candidate show them", async () => {
    const { id, member, lab, interview, labSaved } = await submitted();
    await submit(member.id);
    expect(
      await saveMemberFeedback(
        ivan,
        id,
        member.id,
        {
          feedback: "Good fencing argument.",
          scores: { [lab.id]: " 7 " },
          rubrics: { [interview.id]: { levels: Object.fromEntries(RUBRIC_DIMENSIONS.map((d) => [d, "3"])) } },
        },
        now,
      ),
    ).toEqual({ ok: true });
    expect(await storedScores(member.id)).toMatchObject({ lab: [7, 10], interview: [3, 4], lesson: [null, null] });
    // The candidate's "last saved" time is theirs, not the interviewer's.
    expect(
      (
        await db().assignmentWork.findFirstOrThrow({ where: { memberId: member.id, itemId: lab.id } })
      ).updatedAt.toISOString(),
    ).toBe(labSaved.toISOString());

    const table = await getAssignmentTable(ivan, id, now);
    const cells = table.ok ? (table.table.rows[0]?.cells ?? []) : [];
    expect(cells.map((c, i) => scoreText(c, table.ok ? (table.table.items[i]?.kind ?? "lab") : "lab"))).toEqual([
      "Done",
      "Not started",
      "7 / 10",
      "3.0 / 4",
    ]);
    const csv = await exportAssignmentCsv(ivan, id, now);
    if (!csv.ok) throw new Error("no csv");
    // Titles hold commas, so fields are split the RFC 4180 way: a quoted field may contain them.
    const fields = (line: string) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1] ?? "").slice(0, -1);
    const [header, caraRow] = csv.csv.split("\r\n").map(fields);
    const column = (label: string) =>
      header?.findIndex((h) => h.startsWith("3. Lab scenario") && h.endsWith(label)) ?? -1;
    expect([caraRow?.[column("— score")], caraRow?.[column("— max score")]]).toEqual(["7", "10"]);

    const seen = await getMemberAssignment(cara, id, now);
    expect(seen.ok && seen.data.items.map((i) => [i.kind, i.score, i.maxScore])).toEqual([
      ["lesson", null, null],
      ["quiz", null, null],
      ["lab", 7, 10],
      ["interview", 3, 4],
    ]);

    // Saving again: an emptied box clears that score, a box left out keeps it.
    expect(
      await saveMemberFeedback(
        ivan,
        id,
        member.id,
        { feedback: "Good fencing argument.", scores: { [lab.id]: "" } },
        now,
      ),
    ).toEqual({ ok: true });
    expect(await storedScores(member.id)).toMatchObject({ lab: [null, null], interview: [3, 4] });
  });

  it("keeps an interviewer's score from the candidate until the submission is reviewed", async () => {
    const { id, member, lab } = await submitted();
    await submit(member.id);
    await db().assignmentWork.updateMany({
      where: { memberId: member.id, itemId: lab.id },
      data: { score: 9, maxScore: 10 },
    });
    const before = await getMemberAssignment(cara, id, now);
    expect(before.ok && before.data.items[2]).toMatchObject({ kind: "lab", score: null, maxScore: null });
  });

  it("shows the interview's self-assessment beside the score box", async () => {
    const { id, member, interview } = await submitted();
    const session = await db().interviewSession.create({
      data: {
        candidateId: cara.id,
        promptSlug: "url-shortener",
        mode: "solo",
        status: "finished",
        flowState: "{}",
        notes: "",
        scores: {
          create: [
            { source: "self", dimension: "requirements", level: 3 },
            { source: "self", dimension: "trade-offs", level: 2 },
          ],
        },
      },
    });
    await db().assignmentWork.updateMany({
      where: { memberId: member.id, itemId: interview.id },
      data: { interviewSessionId: session.id },
    });
    const detail = await getMemberDetail(ivan, id, member.id, now);
    const entry = detail.ok ? detail.detail.items[3] : undefined;
    expect(entry?.scorable).toBe(true);
    expect(entry?.detail.kind === "interview" && entry.detail.session?.selfScores.map((s) => s.level).sort()).toEqual([
      2, 3,
    ]);
  });

  it("is not found for anyone but the owner", async () => {
    const { id, member, lab } = await submitted();
    await submit(member.id);
    for (const actor of [other, admin, cara]) {
      expect(
        await saveMemberFeedback(actor, id, member.id, { feedback: "x", scores: { [lab.id]: "10" } }, now),
      ).toEqual({ ok: false, error: "not-found" });
    }
    expect(await storedScores(member.id)).toMatchObject({ lab: [null, null] });
  });
});

describe("unread feedback", () => {
  const later = new Date("2030-01-02T09:00:00Z");

  async function reviewed(at: Date) {
    const id = await create("cara@example.com, dan@example.com");
    const member = await db().assignmentMember.findFirstOrThrow({ where: { assignmentId: id, userId: cara.id } });
    await db().assignmentMember.update({ where: { id: member.id }, data: { status: "submitted", submittedAt: now } });
    expect(await saveMemberFeedback(ivan, id, member.id, { feedback: "Well argued." }, at)).toEqual({ ok: true });
    return { id, member };
  }
  const inboxFlag = async (who: Actor, id: string) =>
    (await listInbox(who, now)).find((e) => e.assignmentId === id)?.feedbackUnread;

  it("flags new feedback in the inbox until the candidate opens the assignment page, and again when it changes", async () => {
    const { id, member } = await reviewed(now);
    expect(await inboxFlag(cara, id)).toBe(true);
    expect(await inboxFlag(dan, id)).toBe(false);

    // Reading without marking (item pages, the plain read) leaves it unread.
    expect(await getMemberAssignment(cara, id, now)).toMatchObject({ ok: true, data: { feedbackUnread: true } });
    await openItem(cara, id, 0, now);
    expect(await inboxFlag(cara, id)).toBe(true);

    // The opening that marks it still says "new", so the page can flag it; the next one does not.
    expect(await getMemberAssignment(cara, id, later, { markFeedbackSeen: true })).toMatchObject({
      ok: true,
      data: { feedbackUnread: true, feedback: "Well argued." },
    });
    expect(await inboxFlag(cara, id)).toBe(false);
    expect(
      (await db().assignmentMember.findUniqueOrThrow({ where: { id: member.id } })).feedbackSeenAt?.toISOString(),
    ).toBe(later.toISOString());
    expect(await getMemberAssignment(cara, id, later, { markFeedbackSeen: true })).toMatchObject({
      ok: true,
      data: { feedbackUnread: false },
    });
    expect(
      (await db().assignmentMember.findUniqueOrThrow({ where: { id: member.id } })).feedbackSeenAt?.toISOString(),
    ).toBe(later.toISOString());

    // The interviewer edits the feedback later: new again.
    const edited = new Date("2030-01-03T09:00:00Z");
    expect(await saveMemberFeedback(ivan, id, member.id, { feedback: "Well argued; add numbers." }, edited)).toEqual({
      ok: true,
    });
    expect(await inboxFlag(cara, id)).toBe(true);
  });

  it("marks seen no earlier than the review, so a server clock behind the reviewer's cannot leave it unread", async () => {
    const { id, member } = await reviewed(later);
    expect(await getMemberAssignment(cara, id, now, { markFeedbackSeen: true })).toMatchObject({
      ok: true,
      data: { feedbackUnread: true },
    });
    expect(
      (await db().assignmentMember.findUniqueOrThrow({ where: { id: member.id } })).feedbackSeenAt?.toISOString(),
    ).toBe(later.toISOString());
    expect(await inboxFlag(cara, id)).toBe(false);
  });

  it("is never set before a review, and opening someone else's assignment marks nothing", async () => {
    const id = await create("cara@example.com");
    expect(await inboxFlag(cara, id)).toBe(false);
    expect(await getMemberAssignment(cara, id, now, { markFeedbackSeen: true })).toMatchObject({
      ok: true,
      data: { feedbackUnread: false },
    });
    const { id: reviewedId, member } = await reviewed(now);
    expect(await getMemberAssignment(dan, reviewedId, now, { markFeedbackSeen: true })).toMatchObject({
      ok: true,
      data: { feedbackUnread: false },
    });
    expect(await getMemberAssignment(other, reviewedId, now, { markFeedbackSeen: true })).toMatchObject({
      ok: false,
      error: "not-found",
    });
    expect((await db().assignmentMember.findUniqueOrThrow({ where: { id: member.id } })).feedbackSeenAt).toBeNull();
  });
});
