import { randomBytes } from "node:crypto";
import { z } from "zod";
import { interviewPrompt } from "../content/interviews";
import {
  candidateEventSchema,
  labEntryRefusal,
  timelinePayloadSchema,
  type TimelineEntry,
  type TimelinePayload,
} from "../interview/events";
import {
  allNotes,
  elapsedAt,
  flowStateSchema,
  initialFlow,
  labOpen,
  transition,
  withClock,
  type FlowEmitted,
  type FlowState,
} from "../interview/flow";
import { accepts, checkSave } from "../interview/save-check";
import { RUBRIC_DIMENSIONS } from "../interview/prompt-schema";
import { may, type Actor } from "../auth/access";
import { isLocked } from "../assignments/status";
import { MAX_ACTIONS } from "../sim/limits";
import { db, type Tx } from "./client";
import { limitFailures, LIMITS, retryWording } from "./rate-limit";
import { TEXT_LIMITS } from "../text-limits";
import { RUBRIC_MAX_LEVEL, RUBRIC_MIN_LEVEL } from "../rubric-scale";

/**
 * Mock interviews. Every function takes the acting user and checks that they
 * are the session's candidate or interviewer; anyone else gets "not-found",
 * exactly as if the id did not exist.
 */
export type { Actor };
export type InterviewRole = "candidate" | "interviewer";

export interface ScoreDto {
  readonly source: "self" | "interviewer";
  readonly dimension: string;
  readonly level: number;
  readonly comment: string;
}

export interface InterviewSessionDto {
  readonly id: string;
  readonly promptSlug: string;
  readonly mode: "solo" | "led";
  /** The viewer's part in the session. */
  readonly viewerRole: InterviewRole;
  readonly candidateName: string | null;
  readonly interviewerName: string | null;
  /** Only for the interviewer, while nobody has joined. */
  readonly joinCode: string | null;
  readonly flow: FlowState;
  readonly revision: number;
  readonly status: "active" | "finished";
  readonly events: readonly TimelineEntry[];
  /** Self-scores always; interviewer scores for the candidate only once feedback is submitted. */
  readonly scores: readonly ScoreDto[];
  readonly feedback: string | null;
  readonly feedbackSubmitted: boolean;
  /** Only for the interviewer. */
  readonly interviewerNotes: string | null;
  readonly createdAt: string;
  /** An item of an assignment the candidate submitted: notes and self-scores can no longer change. */
  readonly locked: boolean;
}

export interface InterviewSummaryDto {
  readonly id: string;
  readonly promptSlug: string;
  readonly mode: "solo" | "led";
  readonly viewerRole: InterviewRole;
  readonly status: "active" | "finished";
  readonly createdAt: string;
  readonly hasFeedback: boolean;
  readonly scores: readonly ScoreDto[];
}

export type NotFound = { ok: false; error: "not-found" };
const notFound: NotFound = { ok: false, error: "not-found" };
/** The session is an item of an assignment the candidate has submitted: its answers are locked. */
export type Locked = { ok: false; error: "locked" };
const locked: Locked = { ok: false, error: "locked" };
/**
 * The request is not a step the interview's flow allows from its stored state (lib/interview/save-check.ts); nothing
 * was written.
 */
export type OutOfOrder = { ok: false; error: "out-of-order"; message: string };
const outOfOrder = (message: string): OutOfOrder => ({ ok: false, error: "out-of-order", message });
const FINISHED_LAB = "This interview is finished: its lab takes no more actions or faults.";
const LAB_CLOSED = "The lab opens in the deep dive.";
const SELF_SCORE_EARLY = "Self-scores open once the interview is finished.";
const FULL_LAB = `This interview's lab already holds ${MAX_ACTIONS.toLocaleString("en-GB")} actions and faults, the most one run may.`;

/** Whether the session belongs to assignment work that was submitted (then the candidate's side cannot change). */
async function lockedByAssignment(sessionId: string): Promise<boolean> {
  const work = await db().assignmentWork.findUnique({
    where: { interviewSessionId: sessionId },
    select: { member: { select: { status: true } } },
  });
  return work !== null && isLocked(work.member.status);
}

export const durationSchema = z.number().int().min(5).max(120);
/**
 * A save carries the flow state the page holds. Pages also send the timeline
 * entries their own reducer emitted (`events`); those are read only to bound
 * the request, never stored: the server's replay (checkSave) writes the timeline.
 */
export const saveInputSchema = z.object({
  baseRevision: z.number().int().nonnegative(),
  flow: flowStateSchema,
  events: z.array(candidateEventSchema).max(50).optional(),
});
export type SaveInput = z.input<typeof saveInputSchema>;
export const scoreInputSchema = z
  .array(
    z.object({
      dimension: z.enum(RUBRIC_DIMENSIONS),
      level: z.number().int().min(RUBRIC_MIN_LEVEL).max(RUBRIC_MAX_LEVEL),
      comment: z.string().max(TEXT_LIMITS.scoreComment).default(""),
    }),
  )
  .max(RUBRIC_DIMENSIONS.length);

const sessionInclude = {
  candidate: { select: { name: true } },
  interviewer: { select: { name: true } },
  events: { orderBy: { seq: "asc" as const } },
  scores: true,
};

function parseFlow(json: string): FlowState {
  const parsed = flowStateSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : initialFlow();
}

function toEntry(row: { seq: number; elapsedMs: number; payload: string }): TimelineEntry[] {
  const parsed = timelinePayloadSchema.safeParse(JSON.parse(row.payload));
  return parsed.success ? [{ seq: row.seq, elapsedMs: row.elapsedMs, payload: parsed.data }] : [];
}

function toScore(row: { source: string; dimension: string; level: number; comment: string }): ScoreDto {
  return {
    source: row.source === "interviewer" ? "interviewer" : "self",
    dimension: row.dimension,
    level: row.level,
    comment: row.comment,
  };
}

/**
 * The actor's part in the session, as the access table allows it (a demoted interviewer loses their sessions'
 * interviewer part).
 */
function roleIn(
  session: { candidateId: string | null; interviewerId: string | null },
  actor: Actor,
): InterviewRole | null {
  if (session.interviewerId === actor.id)
    return may(actor, "interview.interviewer-part", { owner: session.interviewerId }) ? "interviewer" : null;
  if (may(actor, "interview.candidate-part", { owner: session.candidateId })) return "candidate";
  return null;
}

async function findVisible(actor: Actor, id: string) {
  const row = await db().interviewSession.findUnique({ where: { id }, include: sessionInclude });
  if (!row) return null;
  const viewerRole = roleIn(row, actor);
  return viewerRole ? { row, viewerRole } : null;
}

type Row = NonNullable<Awaited<ReturnType<typeof findVisible>>>["row"];

function toDto(row: Row, viewerRole: InterviewRole, locked: boolean): InterviewSessionDto {
  const released = row.feedbackAt !== null;
  return {
    id: row.id,
    promptSlug: row.promptSlug,
    mode: row.mode === "led" ? "led" : "solo",
    viewerRole,
    candidateName: row.candidate?.name ?? null,
    interviewerName: row.interviewer?.name ?? null,
    joinCode: viewerRole === "interviewer" && row.candidateId === null ? row.joinCode : null,
    flow: parseFlow(row.flowState),
    revision: row.revision,
    status: row.status === "finished" ? "finished" : "active",
    events: row.events.flatMap(toEntry),
    scores: row.scores.filter((s) => s.source === "self" || viewerRole === "interviewer" || released).map(toScore),
    feedback: viewerRole === "interviewer" || released ? row.feedback : null,
    feedbackSubmitted: released,
    interviewerNotes: viewerRole === "interviewer" ? row.interviewerNotes : null,
    createdAt: row.createdAt.toISOString(),
    locked,
  };
}

function newJoinCode(): string {
  // 8 characters from an alphabet without look-alikes: about 10^12 codes.
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from(randomBytes(8), (byte) => alphabet[byte % alphabet.length]).join("");
}

export type CreateResult =
  | { ok: true; id: string; joinCode: string | null }
  | { ok: false; error: "unknown-prompt" | "not-found" | "bad-duration" };

/**
 * Starts a session. Solo: the actor is the candidate. Led: the actor (an
 * interviewer or admin) invites a candidate by code; for anyone else leading
 * is "not-found", like every action a role may not take.
 */
export async function createInterview(
  actor: Actor,
  input: { promptSlug: string; mode: "solo" | "led"; durationMin: number },
): Promise<CreateResult> {
  if (!interviewPrompt(input.promptSlug)) return { ok: false, error: "unknown-prompt" };
  if (!durationSchema.safeParse(input.durationMin).success) return { ok: false, error: "bad-duration" };
  if (!may(actor, input.mode === "led" ? "interview.start-led" : "interview.start-solo")) return notFound;
  const led = input.mode === "led";
  const row = await db().interviewSession.create({
    data: {
      promptSlug: input.promptSlug,
      mode: input.mode,
      candidateId: led ? null : actor.id,
      interviewerId: led ? actor.id : null,
      joinCode: led ? newJoinCode() : null,
      flowState: JSON.stringify(initialFlow(input.durationMin)),
    },
    select: { id: true, joinCode: true },
  });
  return { ok: true, id: row.id, joinCode: row.joinCode };
}

/** Too many wrong join codes from this account lately (LIMITS.joinCode); nothing was looked up. */
export type JoinThrottled = { ok: false; error: "throttled"; message: string };

/**
 * Joins a led session as its candidate. A code already used by someone else, or the interviewer's own, is not found.
 */
export async function joinInterview(
  actor: Actor,
  code: string,
): Promise<{ ok: true; id: string } | NotFound | JoinThrottled> {
  const joinCode = code.trim().toUpperCase();
  if (!may(actor, "interview.join") || !/^[A-Z0-9]{8}$/.test(joinCode)) return notFound;
  // Each code tried takes a slot of the account's join-code limit; a code that names a session gives it back.
  const lookup = await limitFailures(
    LIMITS.joinCode,
    actor.id,
    () =>
      db().interviewSession.findUnique({
        where: { joinCode },
        select: { id: true, candidateId: true, interviewerId: true },
      }),
    (found) => found !== null,
  );
  if (!lookup.ok)
    return {
      ok: false,
      error: "throttled",
      message: `Too many wrong codes from this account. Try again in ${retryWording(lookup.retryAfterSeconds)}.`,
    };
  const row = lookup.result;
  if (!row || row.interviewerId === actor.id) return notFound;
  if (row.candidateId === actor.id) return { ok: true, id: row.id };
  if (row.candidateId !== null) return notFound;
  const claimed = await db().interviewSession.updateMany({
    where: { id: row.id, candidateId: null },
    data: { candidateId: actor.id },
  });
  return claimed.count === 1 ? { ok: true, id: row.id } : notFound;
}

export async function getInterview(
  actor: Actor,
  id: string,
): Promise<{ ok: true; session: InterviewSessionDto } | NotFound> {
  const found = await findVisible(actor, id);
  return found ? { ok: true, session: toDto(found.row, found.viewerRole, await lockedByAssignment(id)) } : notFound;
}

async function appendEvents(
  sessionId: string,
  events: readonly { elapsedMs: number; payload: TimelinePayload }[],
): Promise<void> {
  if (events.length === 0) return;
  // Seq numbers are per session; a concurrent append hits the unique index and retries.
  for (let attempt = 0; ; attempt++) {
    try {
      await db().$transaction(async (tx) => {
        const last = await tx.interviewEvent.findFirst({
          where: { sessionId },
          orderBy: { seq: "desc" },
          select: { seq: true },
        });
        const first = (last?.seq ?? 0) + 1;
        for (const [index, event] of events.entries()) {
          await tx.interviewEvent.create({
            data: {
              sessionId,
              seq: first + index,
              // The column is a 32-bit integer on PostgreSQL: an interview left running for 25 days stops counting.
              elapsedMs: Math.min(Math.round(event.elapsedMs), 2 ** 31 - 1),
              kind: event.payload.kind,
              payload: JSON.stringify(event.payload),
            },
          });
        }
      });
      return;
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}

export type SaveResult =
  | { ok: true; revision: number }
  | { ok: false; error: "conflict"; current: { flow: FlowState; revision: number } }
  | NotFound
  | Locked
  | OutOfOrder
  | { ok: false; error: "invalid" };

/**
 * The candidate's autosave. Optimistic concurrency: it succeeds only when
 * `baseRevision` is the stored revision, and bumps it; otherwise it changes
 * nothing and returns what is stored, so the page can offer both versions.
 * The flow reducer, replayed on the stored state with the server's clock,
 * decides whether the change is allowed and what is stored (checkSave): a
 * finished interview stays finished with its notes, self-scores wait for the
 * finish, phases only move forward.
 */
export async function saveInterview(actor: Actor, id: string, raw: unknown): Promise<SaveResult> {
  const found = await findVisible(actor, id);
  if (!found || found.viewerRole !== "candidate") return notFound;
  const input = saveInputSchema.safeParse(raw);
  if (!input.success) return { ok: false, error: "invalid" };
  if (await lockedByAssignment(id)) return locked;
  const { baseRevision, flow: requested } = input.data;
  const conflict = async (): Promise<SaveResult> => {
    const current = await db().interviewSession.findUniqueOrThrow({
      where: { id },
      select: { flowState: true, revision: true },
    });
    return {
      ok: false,
      error: "conflict",
      current: { flow: parseFlow(current.flowState), revision: current.revision },
    };
  };
  let row: { revision: number; flowState: string } = found.row;
  // A led interview's clock moves under the candidate (controlInterview) without a new revision: a save that raced
  // a clock change is replayed on the new clock, a few times at most.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (row.revision !== baseRevision) return conflict();
    const stored = parseFlow(row.flowState);
    const checked = checkSave(stored, found.row.mode === "led" ? withClock(requested, stored) : requested, Date.now());
    if (!checked.ok) return outOfOrder(checked.reason);
    const flow = checked.state;
    // Conditional on the revision and the clock read above: a save that raced this one in between wins, and this
    // one is a conflict.
    const updated = await db().interviewSession.updateMany({
      where: { id, revision: baseRevision, flowState: row.flowState },
      data: {
        flowState: JSON.stringify(flow),
        notes: allNotes(flow),
        revision: { increment: 1 },
        status: flow.status === "finished" ? "finished" : "active",
      },
    });
    if (updated.count === 1) {
      await appendEvents(id, checked.emitted.map(toTimeline));
      return { ok: true, revision: baseRevision + 1 };
    }
    row = await db().interviewSession.findUniqueOrThrow({
      where: { id },
      select: { flowState: true, revision: true },
    });
  }
  return conflict();
}

const toTimeline = ({ elapsedMs, ...emitted }: FlowEmitted): { elapsedMs: number; payload: TimelinePayload } => ({
  elapsedMs,
  payload: emitted.kind === "time-added" ? { kind: "time-added", addedMs: emitted.addedMs } : emitted,
});

/** What the interviewer of a led interview may do to its clock: intents, never a time. */
export const clockIntentSchema = z.object({
  intent: z.enum(["start", "pause", "resume", "add-time", "advance-phase", "finish"]),
});
const CLOCK_REFUSED = "The interview's clock cannot do that from where it stands.";

/**
 * The interviewer runs a led interview's clock: the flow reducer applies the intent on the server's clock, the
 * candidate's page takes the new clock on its next poll (their notes are untouched: no new revision).
 */
export async function controlInterview(
  actor: Actor,
  id: string,
  raw: unknown,
): Promise<{ ok: true; flow: FlowState } | NotFound | Locked | OutOfOrder | { ok: false; error: "invalid" }> {
  const found = await findVisible(actor, id);
  if (!found || found.viewerRole !== "interviewer" || found.row.mode !== "led") return notFound;
  const input = clockIntentSchema.safeParse(raw);
  if (!input.success) return { ok: false, error: "invalid" };
  if (await lockedByAssignment(id)) return locked;
  let row: { flowState: string } = found.row;
  for (let attempt = 0; attempt < 3; attempt++) {
    const stored = parseFlow(row.flowState);
    const step = transition(stored, { type: input.data.intent, now: Date.now() });
    if (step.state === stored) return outOfOrder(CLOCK_REFUSED);
    const flow = step.state;
    const updated = await db().interviewSession.updateMany({
      where: { id, flowState: row.flowState },
      data: { flowState: JSON.stringify(flow), status: flow.status === "finished" ? "finished" : "active" },
    });
    if (updated.count === 1) {
      await appendEvents(id, step.emitted.map(toTimeline));
      return { ok: true, flow };
    }
    row = await db().interviewSession.findUniqueOrThrow({ where: { id }, select: { flowState: true } });
  }
  return outOfOrder("The interview changed while this was sent; try again.");
}

/**
 * A lab action (candidate) or an injected fault (interviewer), stamped with the
 * interview clock. Refused once the interview is finished (the lab is over), and
 * once it belongs to a submitted assignment.
 */
export async function recordLabEvent(
  actor: Actor,
  id: string,
  raw: unknown,
): Promise<{ ok: true } | NotFound | Locked | OutOfOrder | { ok: false; error: "invalid" }> {
  const found = await findVisible(actor, id);
  if (!found) return notFound;
  const payload = timelinePayloadSchema.safeParse(raw);
  if (!payload.success) return { ok: false, error: "invalid" };
  const allowed =
    payload.data.kind === "fault"
      ? found.viewerRole === "interviewer"
      : payload.data.kind === "lab-action" && found.viewerRole === "candidate";
  if (!allowed) return { ok: false, error: "invalid" };
  if (await lockedByAssignment(id)) return locked;
  const flow = parseFlow(found.row.flowState);
  if (flow.status === "finished") return outOfOrder(FINISHED_LAB);
  // The deep-dive lab's log holds at most MAX_ACTIONS (lib/sim/limits.ts): the session stores no more than its lab
  // could apply.
  if (found.row.events.filter((e) => e.kind === "lab-action" || e.kind === "fault").length >= MAX_ACTIONS)
    return outOfOrder(FULL_LAB);
  if (payload.data.kind === "lab-action") {
    if (!labOpen(flow)) return outOfOrder(LAB_CLOSED);
    const refusal = labEntryRefusal(found.row.events.flatMap(toEntry), payload.data);
    if (refusal) return outOfOrder(refusal);
  }
  await appendEvents(id, [{ elapsedMs: elapsedAt(flow, Date.now()), payload: payload.data }]);
  return { ok: true };
}

/**
 * Scores: the candidate's self-assessment, or the interviewer's rubric scores
 * with comments. Re-scoring replaces. Self-scores are taken only where the flow
 * reducer takes a self-score event (once the interview is finished: scoring
 * earlier would reveal the model outline mid-interview). The interviewer may
 * score, write private notes and feedback at any time, after the finish
 * included, since that is when feedback is written; the candidate cannot change
 * any of it.
 */
export async function saveScores(
  actor: Actor,
  id: string,
  raw: unknown,
): Promise<{ ok: true } | NotFound | Locked | OutOfOrder | { ok: false; error: "invalid" }> {
  const found = await findVisible(actor, id);
  if (!found) return notFound;
  const scores = scoreInputSchema.safeParse(raw);
  if (!scores.success) return { ok: false, error: "invalid" };
  const source = found.viewerRole === "interviewer" ? "interviewer" : "self";
  if (source === "self" && (await lockedByAssignment(id))) return locked;
  const flow = parseFlow(found.row.flowState);
  if (
    source === "self" &&
    !scores.data.every((s) => accepts(flow, { type: "self-score", dimension: s.dimension, level: s.level }))
  )
    return outOfOrder(SELF_SCORE_EARLY);
  await db().$transaction((tx) => writeScoresInTx(tx, id, source, scores.data));
  return { ok: true };
}

/**
 * Writes rubric scores of one source into a session inside the caller's
 * transaction: one row per dimension, re-scoring replaces (a dimension left out
 * keeps its row). The caller has checked who may write them; the assignment
 * review writes the interviewer's levels of a solo interview item this way.
 */
export async function writeScoresInTx(
  tx: Tx,
  sessionId: string,
  source: ScoreDto["source"],
  scores: readonly { dimension: string; level: number; comment: string }[],
): Promise<void> {
  for (const score of scores)
    await tx.interviewScore.upsert({
      where: { sessionId_source_dimension: { sessionId, source, dimension: score.dimension } },
      create: { sessionId, source, dimension: score.dimension, level: score.level, comment: score.comment },
      update: { level: score.level, comment: score.comment },
    });
}

export const feedbackInputSchema = z.object({
  interviewerNotes: z.string().max(TEXT_LIMITS.interviewerNotes).default(""),
  feedback: z.string().max(TEXT_LIMITS.interviewFeedback).optional(),
  submit: z.boolean().default(false),
});

/**
 * The interviewer's private notes, and the written feedback; `submit` releases feedback and scores to the candidate.
 */
export async function saveFeedback(
  actor: Actor,
  id: string,
  raw: unknown,
): Promise<{ ok: true } | NotFound | { ok: false; error: "invalid" }> {
  const found = await findVisible(actor, id);
  if (!found || found.viewerRole !== "interviewer") return notFound;
  const input = feedbackInputSchema.safeParse(raw);
  if (!input.success) return { ok: false, error: "invalid" };
  await db().interviewSession.update({
    where: { id },
    data: {
      interviewerNotes: input.data.interviewerNotes,
      ...(input.data.feedback === undefined ? {} : { feedback: input.data.feedback }),
      ...(input.data.submit ? { feedbackAt: new Date() } : {}),
    },
  });
  return { ok: true };
}

/** Every session the actor took part in, newest first. */
export async function listInterviews(actor: Actor): Promise<InterviewSummaryDto[]> {
  if (!may(actor, "interview.list")) return [];
  const rows = await db().interviewSession.findMany({
    where: { OR: [{ candidateId: actor.id }, { interviewerId: actor.id }] },
    orderBy: { createdAt: "desc" },
    include: { scores: true },
  });
  return rows.flatMap((row) => {
    const viewerRole = roleIn(row, actor);
    if (!viewerRole) return [];
    const released = row.feedbackAt !== null;
    return [
      {
        id: row.id,
        promptSlug: row.promptSlug,
        mode: row.mode === "led" ? "led" : "solo",
        viewerRole,
        status: row.status === "finished" ? "finished" : "active",
        createdAt: row.createdAt.toISOString(),
        hasFeedback: released,
        scores: row.scores.filter((s) => s.source === "self" || viewerRole === "interviewer" || released).map(toScore),
      } satisfies InterviewSummaryDto,
    ];
  });
}
