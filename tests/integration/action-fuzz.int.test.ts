import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  databaseDigest,
  isControlFlow,
  junkForm,
  junkNumber,
  junkString,
  junkValue,
  seededWorldPerFile,
} from "./boundary-fuzz-support";
import type { World } from "./access-world";

/**
 * Every server action called directly, as Next calls it after decoding a
 * POST, with generated arguments that no action may accept: forms whose
 * fields are too long, blank or of the wrong kind, objects of the wrong
 * shape, from every kind of user. An action answers with its error state
 * (or Next's redirect / not-found); it never throws, and writes nothing.
 * startReviewAction is left out: it takes no input, so every call is valid.
 */
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("server-only", () => ({}));
vi.mock("next-auth", async (original) => {
  const actual = await original<typeof import("next-auth")>();
  return { ...actual, getServerSession: vi.fn(async () => (session.userId ? { user: { id: session.userId } } : null)) };
});
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));
vi.mock("next/headers", () => ({
  cookies: vi.fn(async () => ({
    get: () => undefined,
    getAll: () => [],
    has: () => false,
    set: vi.fn(),
    delete: vi.fn(),
  })),
  headers: vi.fn(async () => new Headers()),
}));

const quiz = await import("../../app/(practice)/quiz/actions");
const interviews = await import("../../app/(practice)/interviews/actions");
const joinInterview = await import("../../app/(practice)/interviews/join/[code]/actions");
const join = await import("../../app/(practice)/join/actions");
const invitations = await import("../../app/(practice)/invitations/[token]/actions");
const teach = await import("../../app/(practice)/teach/actions");
const assignments = await import("../../app/(practice)/assignments/actions");
const learn = await import("../../app/(learn)/learn/[slug]/actions");
const admin = await import("../../app/(account)/admin/users/actions");
const account = await import("../../app/(account)/account/actions");
const reset = await import("../../app/(auth)/reset/[token]/actions");
const review = await import("../../app/(practice)/review/actions");
const authoring = await import("../../app/(account)/authoring/actions");

const fixture = seededWorldPerFile();

type Call = (...args: never[]) => Promise<unknown>;
interface Target {
  readonly name: string;
  readonly action: Call;
  /** Arguments shaped as the app's own forms send them, filled with junk; ids from the seeded world are in reach. */
  readonly args: (world: World) => fc.Arbitrary<unknown[]>;
}

const state = fc.constant({ error: null, code: "", fieldErrors: {}, values: null, saved: false, ok: false });
/** A real id of the world (so lookups succeed and the rest of the input is what gets checked) or a made-up one. */
const idFrom = (world: World) => {
  const holdings = world.of(world.first.interviewer);
  const given = world.of(world.first.candidate);
  return fc.oneof(
    fc.constantFrom(
      holdings.assignmentId,
      holdings.ownedMemberId,
      holdings.cohortId,
      given.givenAssignmentId,
      given.quizAttemptId,
      world.first.candidate.id,
    ),
    junkString,
    fc.constantFrom("nope", "x".repeat(200)),
  );
};

const TARGETS: readonly Target[] = [
  {
    name: "startQuizAction",
    action: quiz.startQuizAction,
    args: () => fc.tuple(junkForm(["quizId", "feedback", "certainty", "seed"])),
  },
  {
    name: "answerQuestionAction",
    action: quiz.answerQuestionAction,
    args: (w) =>
      fc.tuple(
        fc.record(
          {
            attemptId: idFrom(w),
            expectedTries: fc.oneof(junkNumber, junkValue),
            answer: fc.record({ questionId: junkValue, response: junkValue }),
          },
          { requiredKeys: [] },
        ),
      ),
  },
  {
    name: "saveQuizDraftAction",
    action: quiz.saveQuizDraftAction,
    args: (w) =>
      fc.tuple(
        fc.record(
          {
            attemptId: idFrom(w),
            draft: fc.oneof(
              junkValue,
              fc.record({
                drafts: fc.dictionary(junkString, fc.record({ choice: junkValue, text: junkString })),
                certainty: junkValue,
              }),
            ),
          },
          { requiredKeys: [] },
        ),
      ),
  },
  {
    name: "submitAttemptAction",
    action: quiz.submitAttemptAction,
    args: (w) =>
      fc.tuple(
        fc.record(
          { attemptId: idFrom(w), answers: fc.oneof(junkValue, fc.array(junkValue, { maxLength: 3 })) },
          { requiredKeys: [] },
        ),
      ),
  },
  {
    name: "createInterviewAction",
    action: interviews.createInterviewAction,
    args: () => fc.tuple(state, junkForm(["promptSlug", "mode", "durationMin"])),
  },
  { name: "joinByCodeAction", action: interviews.joinByCodeAction, args: () => fc.tuple(state, junkForm(["code"])) },
  {
    name: "joinInterviewAction",
    action: joinInterview.joinInterviewAction,
    args: () => fc.tuple(state, junkForm(["code"])),
  },
  { name: "joinCohortAction", action: join.joinCohortAction, args: () => fc.tuple(state, junkForm(["code"])) },
  {
    name: "acceptInvitationAction",
    action: invitations.acceptInvitationAction,
    args: () => fc.tuple(state, junkForm(["token"])),
  },
  {
    name: "createAssignmentAction",
    action: teach.createAssignmentAction,
    args: (w) =>
      fc.tuple(
        fc.record(
          {
            assignment: fc.oneof(
              junkValue,
              fc.record({
                title: junkString,
                instructions: junkValue,
                dueAt: junkValue,
                seedMode: junkValue,
                items: fc.array(fc.record({ kind: junkValue, ref: junkValue, task: junkString }), { maxLength: 3 }),
              }),
            ),
            emails: junkValue,
            cohortId: fc.oneof(idFrom(w), fc.constant(null)),
          },
          { requiredKeys: [] },
        ),
      ),
  },
  {
    name: "addMembersAction",
    action: teach.addMembersAction,
    args: (w) => fc.tuple(idFrom(w), state, junkForm(["emails"])),
  },
  {
    name: "saveFeedbackAction",
    action: teach.saveFeedbackAction,
    args: (w) => fc.tuple(fc.record({ assignmentId: idFrom(w), memberId: idFrom(w) }), state, junkForm(["feedback"])),
  },
  { name: "createCohortAction", action: teach.createCohortAction, args: () => fc.tuple(state, junkForm(["name"])) },
  {
    name: "startItemAction",
    action: assignments.startItemAction,
    args: (w) =>
      fc.tuple(
        junkForm(["assignmentId", "item"]).chain((form) => idFrom(w).map((id) => (form.set("assignmentId", id), form))),
      ),
  },
  {
    name: "completeLessonAction",
    action: assignments.completeLessonAction,
    args: (w) =>
      fc.tuple(
        junkForm(["assignmentId", "item"]).chain((form) => idFrom(w).map((id) => (form.set("assignmentId", id), form))),
      ),
  },
  {
    name: "saveLabAction",
    action: assignments.saveLabAction,
    args: (w) =>
      fc.tuple(
        fc.record(
          { assignmentId: idFrom(w), item: fc.oneof(junkNumber, junkValue), labRun: junkValue, answer: junkValue },
          { requiredKeys: [] },
        ),
      ),
  },
  {
    name: "heartbeatAction",
    action: assignments.heartbeatAction,
    args: (w) =>
      fc.tuple(
        fc.record(
          { assignmentId: idFrom(w), item: fc.oneof(junkNumber, junkValue), ms: fc.oneof(junkNumber, junkValue) },
          { requiredKeys: [] },
        ),
      ),
  },
  {
    name: "submitAssignmentAction",
    action: assignments.submitAssignmentAction,
    args: () => fc.tuple(state, junkForm(["assignmentId", "confirm"])),
  },
  { name: "loadCompletion", action: learn.loadCompletion, args: () => fc.tuple(junkValue) },
  {
    name: "setLessonCompletion",
    action: learn.setLessonCompletion,
    args: () => fc.tuple(fc.record({ slug: junkValue, complete: junkValue }, { requiredKeys: [] })),
  },
  {
    name: "changeRoleAction",
    action: admin.changeRoleAction,
    args: (w) =>
      fc.tuple(
        state,
        junkForm(["userId", "role"]).chain((form) => idFrom(w).map((id) => (form.set("userId", id), form))),
      ),
  },
  {
    name: "setActiveAction",
    action: admin.setActiveAction,
    args: (w) =>
      fc.tuple(
        state,
        junkForm(["userId", "active"]).chain((form) => idFrom(w).map((id) => (form.set("userId", id), form))),
      ),
  },
  // Junk ids only: a real one is all this form asks for, so it would be a valid request.
  {
    name: "issueResetLinkAction",
    action: admin.issueResetLinkAction,
    args: () => fc.tuple(state, junkForm(["userId"])),
  },
  {
    name: "updateProfileAction",
    action: account.updateProfileAction,
    args: () => fc.tuple(state, junkForm(["name", "email"])),
  },
  {
    name: "changePasswordAction",
    action: account.changePasswordAction,
    args: () => fc.tuple(state, junkForm(["currentPassword", "newPassword"])),
  },
  {
    name: "resetPasswordAction",
    action: reset.resetPasswordAction,
    args: () => fc.tuple(state, junkForm(["token", "password", "username"])),
  },
  { name: "rateReviewAction", action: review.rateReviewAction, args: () => fc.tuple(junkValue) },
  {
    name: "previewLessonAction",
    action: authoring.previewLessonAction,
    args: () => fc.tuple(fc.record({ source: junkValue, fileName: junkValue }, { requiredKeys: [] })),
  },
];

async function outcome(action: Call, args: unknown[]): Promise<unknown> {
  try {
    return await action(...(args as never[]));
  } catch (error) {
    if (isControlFlow(error)) return "control-flow";
    throw error;
  }
}

describe("server actions under generated arguments", () => {
  it.each(TARGETS)(
    "$name refuses junk from every kind of user without throwing or writing",
    async ({ action, args }) => {
      const world = fixture.world();
      const actors = [
        null,
        world.first.candidate.id,
        world.first.interviewer.id,
        world.first.admin.id,
        world.second.interviewer.id,
      ];
      await fc.assert(
        fc.asyncProperty(args(world), fc.constantFrom(...actors), async (input, actor) => {
          session.userId = actor;
          const before = fixture.digest();
          await outcome(action, input);
          expect(await fixture.redigest()).toBe(before);
        }),
        { numRuns: 12 },
      );
    },
    120_000,
  );

  it("(regression) with seed -1575761061: a NUL character anywhere in what is posted is refused, on PostgreSQL too", async () => {
    const world = fixture.world();
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries(fields)) data.set(key, value);
      return data;
    };
    const nul = "\u0000";
    const holdings = world.of(world.first.interviewer);
    const calls: readonly [string | null, () => Promise<unknown>][] = [
      [world.first.candidate.id, () => join.joinCohortAction({ error: null } as never, form({ code: nul }))],
      [world.first.candidate.id, () => join.joinCohortAction({ error: null } as never, form({ code: `AB${nul}CD` }))],
      [world.first.interviewer.id, () => teach.createCohortAction({ error: null }, form({ name: `Cohort${nul}` }))],
      [
        world.first.interviewer.id,
        () =>
          teach.saveFeedbackAction(
            { assignmentId: holdings.assignmentId, memberId: holdings.ownedMemberId },
            { error: null, saved: false, fieldErrors: {}, values: null },
            form({ feedback: `fine${nul}` }),
          ),
      ],
      [
        world.first.candidate.id,
        () =>
          quiz.answerQuestionAction({
            attemptId: world.of(world.first.candidate).quizAttemptId,
            expectedTries: 0,
            answer: { questionId: `q${nul}`, response: "a" },
          }),
      ],
    ];
    for (const [actor, call] of calls) {
      session.userId = actor;
      const before = await databaseDigest();
      await outcome(call, []);
      expect(await databaseDigest()).toBe(before);
    }
  });

  it.each(TARGETS)(
    "$name answers arguments of the wrong type without throwing or writing",
    async ({ action }) => {
      const world = fixture.world();
      session.userId = world.first.admin.id;
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(fc.anything(), junkValue), { maxLength: 3 }), async (input) => {
          const before = fixture.digest();
          await outcome(action, input);
          expect(await fixture.redigest()).toBe(before);
        }),
        { numRuns: 8 },
      );
    },
    120_000,
  );
});
