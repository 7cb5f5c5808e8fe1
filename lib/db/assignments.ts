/**
 * The interviewer's side of assignments. Every function takes the acting user
 * and sees only assignments the actor owns (admins included: their own only);
 * anything else is "not-found", exactly as if the id did not exist.
 */
import { randomInt } from "node:crypto";
import { may, type Actor } from "../auth/access";
import type { RuleId } from "../auth/access-rules";
import {
  isMarkable,
  parseReview,
  REVIEW_MAX_SCORE,
  type RubricDimensionRef,
  type ScorableItem,
} from "../assignments/review";
import {
  assignmentInputSchema,
  fieldErrors,
  parseEmailList,
  type ItemCatalog,
  type ItemKind,
} from "../assignments/schema";
import { MAX_SEED, type SeedMode } from "../assignments/seeds";
import { isLocked, memberStatus, type MemberStatus } from "../assignments/status";
import type { ItemStatus } from "../assignments/status";
import type { TableCell, TableItem, TableRow } from "../assignments/table";
import { assignmentCsv, csvFilename } from "../assignments/csv";
import { getLessons } from "../content/lessons";
import { interviewPrompt, interviewPrompts } from "../content/interviews";
import type { RubricEntry } from "../interview/prompt-schema";
import { RUBRIC_MAX_LEVEL } from "../rubric-scale";
import { flowStateSchema } from "../interview/flow";
import { PHASES } from "../interview/phases";
import { scenarios } from "../sim/scenarios";
import { asKind } from "./assignment-items";
import { db } from "./client";
import { writeScoresInTx } from "./interviews";
import { enrolInTx, type Enrolment } from "./assignment-members";
import type { ScoreDto } from "./interviews";
import { attemptForCheckedReviewer, type AttemptDto } from "./quiz";
import { quizBank } from "./quiz-bank";

export type NotFound = { ok: false; error: "not-found" };

export interface InterviewerOverviewDto {
  readonly cohorts: readonly { id: string; name: string; joinCode: string; memberCount: number }[];
  /**
   * dueAt is an ISO string. Counts are over the assignment's members: submittedCount includes reviewed ones; overdue is
   * derived at `now`.
   */
  readonly assignments: readonly {
    id: string;
    title: string;
    dueAt: string;
    memberCount: number;
    submittedCount: number;
    reviewedCount: number;
    overdueCount: number;
  }[];
  /** Submitted and not yet reviewed, oldest submission first. submittedAt is an ISO string. */
  readonly awaitingReview: readonly {
    assignmentId: string;
    memberId: string;
    assignmentTitle: string;
    candidateName: string;
    submittedAt: string;
  }[];
}

/**
 * What the /teach home shows: the actor's own cohorts, assignments (soonest due first) and submissions awaiting review.
 */
export async function interviewerOverview(actor: Actor, now: Date): Promise<InterviewerOverviewDto> {
  if (!may(actor, "assignment.list")) return { cohorts: [], assignments: [], awaitingReview: [] };
  const [cohorts, assignments] = await Promise.all([
    db().cohort.findMany({
      where: { ownerId: actor.id },
      orderBy: { createdAt: "desc" },
      include: { _count: { select: { members: true } } },
    }),
    db().assignment.findMany({
      where: { ownerId: actor.id },
      orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
      include: {
        members: {
          select: { id: true, status: true, submittedAt: true, email: true, user: { select: { name: true } } },
        },
      },
    }),
  ]);
  const awaitingReview = assignments
    .flatMap((a) =>
      a.members
        .filter((m) => m.status === "submitted")
        .map((m) => ({
          assignmentId: a.id,
          memberId: m.id,
          assignmentTitle: a.title,
          candidateName: m.user?.name ?? m.email,
          submittedAt: (m.submittedAt ?? a.createdAt).toISOString(),
        })),
    )
    .sort((x, y) => x.submittedAt.localeCompare(y.submittedAt));
  return {
    cohorts: cohorts.map((c) => ({ id: c.id, name: c.name, joinCode: c.joinCode, memberCount: c._count.members })),
    assignments: assignments.map((a) => {
      const statuses = a.members.map((m) => memberStatus(m.status, a.dueAt, now));
      return {
        id: a.id,
        title: a.title,
        dueAt: a.dueAt.toISOString(),
        memberCount: a.members.length,
        submittedCount: statuses.filter((s) => s === "submitted" || s === "reviewed").length,
        reviewedCount: statuses.filter((s) => s === "reviewed").length,
        overdueCount: statuses.filter((s) => s === "overdue").length,
      };
    }),
    awaitingReview,
  };
}

const notFound: NotFound = { ok: false, error: "not-found" };

function buildCatalog(): ItemCatalog {
  return {
    lesson: getLessons().map((l) => ({ ref: l.slug, title: l.title })),
    quiz: [...quizBank().quizzes.values()]
      .map((q) => ({ ref: q.id, title: q.title }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    lab: Object.entries(scenarios).map(([id, s]) => ({ ref: id, title: s.title ?? id })),
    interview: interviewPrompts().map((p) => ({ ref: p.slug, title: p.title })),
  };
}

/** Everything an item may point at, with titles, for the create form's pickers (content is public; the form is not). */
export function itemCatalog(actor: Actor): { ok: true; catalog: ItemCatalog } | NotFound {
  return may(actor, "assignment.create") ? { ok: true, catalog: buildCatalog() } : notFound;
}

function titleOf(catalog: ItemCatalog, kind: ItemKind, ref: string): string {
  return catalog[kind].find((e) => e.ref === ref)?.title ?? ref;
}

/** Known accounts among `emails` become members with their userId; the rest get invitations. */
async function enrolmentsFor(emails: readonly string[]): Promise<Enrolment[]> {
  if (emails.length === 0) return [];
  const users = await db().user.findMany({ where: { email: { in: [...emails] } }, select: { id: true, email: true } });
  const byEmail = new Map(users.map((u) => [u.email, u.id]));
  return emails.map((email) => ({ email, userId: byEmail.get(email) ?? null }));
}

export interface CreateAssignmentInput {
  /** Raw form values; validated here with the shared schema. */
  readonly assignment: unknown;
  /** The emails textarea as typed. */
  readonly emails: string;
  readonly cohortId: string | null;
}

export type CreateAssignmentResult =
  { ok: true; id: string } | NotFound | { ok: false; error: "invalid"; fieldErrors: Record<string, string> };

/**
 * Creates the assignment, its items and its members in one transaction: all
 * current members of the chosen cohort (which must be the actor's) and every
 * typed email. Any invalid input changes nothing.
 */
export async function createAssignment(
  actor: Actor,
  input: CreateAssignmentInput,
  now: Date,
): Promise<CreateAssignmentResult> {
  if (!may(actor, "assignment.create")) return notFound;
  const parsed = assignmentInputSchema(buildCatalog(), now).safeParse(input.assignment);
  const emails = parseEmailList(input.emails);
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  if (!emails.success) errors.emails = emails.error;
  if (!parsed.success || !emails.success) return { ok: false, error: "invalid", fieldErrors: errors };
  let cohortMembers: Enrolment[] = [];
  if (input.cohortId) {
    const cohort = await db().cohort.findUnique({
      where: { id: input.cohortId },
      include: { members: { orderBy: { joinedAt: "asc" }, include: { user: { select: { email: true } } } } },
    });
    if (!cohort || !may(actor, "cohort.view", { owner: cohort.ownerId })) return notFound;
    cohortMembers = cohort.members.map((m) => ({ email: m.user.email, userId: m.userId }));
  }
  const typed = await enrolmentsFor(emails.data.filter((e) => !cohortMembers.some((m) => m.email === e)));
  const data = parsed.data;
  const id = await db().$transaction(async (tx) => {
    const row = await tx.assignment.create({
      data: {
        ownerId: actor.id,
        cohortId: input.cohortId,
        title: data.title,
        instructions: data.instructions,
        dueAt: data.dueAt,
        seedMode: data.seedMode,
        pinnedSeed: data.pinnedSeed,
        seedBase: randomInt(1, MAX_SEED + 1),
        items: {
          create: data.items.map((item, position) => ({ position, kind: item.kind, ref: item.ref, task: item.task })),
        },
      },
      select: { id: true },
    });
    for (const who of [...cohortMembers, ...typed]) await enrolInTx(tx, row.id, who);
    return row.id;
  });
  return { ok: true, id };
}

export interface AssignmentSummaryDto {
  readonly id: string;
  readonly title: string;
  readonly dueAt: string;
  readonly createdAt: string;
  readonly itemCount: number;
  readonly cohortName: string | null;
  readonly counts: Readonly<Record<MemberStatus, number>> & { readonly total: number };
}

function countStatuses(statuses: readonly MemberStatus[]): AssignmentSummaryDto["counts"] {
  const counts = { "not-started": 0, "in-progress": 0, submitted: 0, reviewed: 0, overdue: 0, total: statuses.length };
  for (const s of statuses) counts[s] += 1;
  return counts;
}

/** The actor's assignments, soonest due first, with how many members stand where. */
export async function listAssignments(actor: Actor, now: Date): Promise<AssignmentSummaryDto[]> {
  if (!may(actor, "assignment.list")) return [];
  const rows = await db().assignment.findMany({
    where: { ownerId: actor.id },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    include: {
      cohort: { select: { name: true } },
      members: { select: { status: true } },
      _count: { select: { items: true } },
    },
  });
  return rows.map((a) => ({
    id: a.id,
    title: a.title,
    dueAt: a.dueAt.toISOString(),
    createdAt: a.createdAt.toISOString(),
    itemCount: a._count.items,
    cohortName: a.cohort?.name ?? null,
    counts: countStatuses(a.members.map((m) => memberStatus(m.status, a.dueAt, now))),
  }));
}

export interface AssignmentTableDto {
  readonly id: string;
  readonly title: string;
  readonly instructions: string;
  readonly dueAt: string;
  readonly seedMode: SeedMode;
  readonly pinnedSeed: number | null;
  readonly cohort: { id: string; name: string } | null;
  readonly items: readonly TableItem[];
  readonly rows: readonly TableRow[];
}

export type AssignmentTableResult = { ok: true; table: AssignmentTableDto } | NotFound;

const workSelect = {
  itemId: true,
  status: true,
  score: true,
  maxScore: true,
  timeSpentMs: true,
  quizAttemptId: true,
} as const;

/** The assignment when the actor may take `rule` on it (the table says whose: the owner's), else null. */
async function ownAssignment(actor: Actor, rule: RuleId, assignmentId: string) {
  if (!may(actor, rule)) return null;
  const row = await db().assignment.findUnique({
    where: { id: assignmentId },
    include: { cohort: { select: { id: true, name: true } }, items: { orderBy: { position: "asc" } } },
  });
  return row && may(actor, rule, { owner: row.ownerId }) ? row : null;
}

type OwnAssignment = NonNullable<Awaited<ReturnType<typeof ownAssignment>>>;
type WorkRow = {
  itemId: string;
  status: string;
  score: number | null;
  maxScore: number | null;
  timeSpentMs: number;
  quizAttemptId: string | null;
};
type Attempts = ReadonlyMap<string, { status: string; score: number | null; maxScore: number | null }>;

function tableItems(a: OwnAssignment, catalog: ItemCatalog): TableItem[] {
  return a.items.map((i) => ({
    id: i.id,
    position: i.position,
    kind: asKind(i.kind),
    ref: i.ref,
    title: titleOf(catalog, asKind(i.kind), i.ref),
    task: i.task,
  }));
}

/** A quiz scores from its attempt once submitted; other items from the work row if it was scored. */
function cellFor(item: TableItem, work: WorkRow | undefined, attempts: Attempts): TableCell {
  if (!work) return { itemId: item.id, status: "not-started", score: null, maxScore: null, timeSpentMs: 0 };
  const status: ItemStatus = work.status === "done" ? "done" : "in-progress";
  let score = work.score;
  let maxScore = work.maxScore;
  if (item.kind === "quiz") {
    const attempt = work.quizAttemptId ? attempts.get(work.quizAttemptId) : undefined;
    const submitted = attempt?.status === "submitted";
    score = submitted ? attempt.score : null;
    maxScore = submitted ? attempt.maxScore : null;
  }
  return {
    itemId: item.id,
    status,
    score: score ?? null,
    maxScore: score === null ? null : (maxScore ?? null),
    timeSpentMs: work.timeSpentMs,
  };
}

async function attemptsOf(works: readonly WorkRow[]): Promise<Attempts> {
  const ids = works.flatMap((w) => (w.quizAttemptId ? [w.quizAttemptId] : []));
  if (ids.length === 0) return new Map();
  const rows = await db().quizAttempt.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, score: true, maxScore: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}

/** Candidates × items with status, score and time per cell; members in the order they were added. */
export async function getAssignmentTable(
  actor: Actor,
  assignmentId: string,
  now: Date,
): Promise<AssignmentTableResult> {
  return assignmentTable(actor, "assignment.view-table", assignmentId, now);
}

async function assignmentTable(
  actor: Actor,
  rule: RuleId,
  assignmentId: string,
  now: Date,
): Promise<AssignmentTableResult> {
  const a = await ownAssignment(actor, rule, assignmentId);
  if (!a) return notFound;
  const members = await db().assignmentMember.findMany({
    where: { assignmentId },
    orderBy: { ordinal: "asc" },
    include: { user: { select: { name: true } }, work: { select: workSelect } },
  });
  const attempts = await attemptsOf(members.flatMap((m) => m.work));
  const items = tableItems(a, buildCatalog());
  return {
    ok: true,
    table: {
      id: a.id,
      title: a.title,
      instructions: a.instructions,
      dueAt: a.dueAt.toISOString(),
      seedMode: a.seedMode === "pinned" ? "pinned" : "per-candidate",
      pinnedSeed: a.pinnedSeed,
      cohort: a.cohort,
      items,
      rows: members.map((m) => ({
        memberId: m.id,
        name: m.user?.name ?? null,
        email: m.email,
        inviteToken: m.userId ? null : m.inviteToken,
        seed: m.seed,
        status: memberStatus(m.status, a.dueAt, now),
        submittedAt: m.submittedAt?.toISOString() ?? null,
        reviewedAt: m.reviewedAt?.toISOString() ?? null,
        feedback: m.feedback,
        cells: items.map((item) =>
          cellFor(
            item,
            m.work.find((w) => w.itemId === item.id),
            attempts,
          ),
        ),
      })),
    },
  };
}

export type ExportResult = { ok: true; filename: string; csv: string } | NotFound;

/** The table as a CSV file named after the title. */
export async function exportAssignmentCsv(actor: Actor, assignmentId: string, now: Date): Promise<ExportResult> {
  const result = await assignmentTable(actor, "assignment.export-csv", assignmentId, now);
  if (!result.ok) return result;
  return {
    ok: true,
    filename: csvFilename(result.table.title),
    csv: assignmentCsv(result.table.items, result.table.rows),
  };
}

export interface AddedMember {
  readonly email: string;
  readonly outcome: "enrolled" | "invited" | "already";
  /** The invitation to pass on, for emails without an account. */
  readonly inviteToken: string | null;
}

export type AddMembersResult =
  { ok: true; added: readonly AddedMember[] } | NotFound | { ok: false; error: "invalid"; message: string };

/** Adds typed emails to the actor's assignment; a malformed one anywhere changes nothing. */
export async function addMembers(actor: Actor, assignmentId: string, emailsText: string): Promise<AddMembersResult> {
  const a = await ownAssignment(actor, "assignment.add-members", assignmentId);
  if (!a) return notFound;
  const emails = parseEmailList(emailsText);
  if (!emails.success) return { ok: false, error: "invalid", message: emails.error };
  if (emails.data.length === 0) return { ok: false, error: "invalid", message: "Type at least one email address." };
  const people = await enrolmentsFor(emails.data);
  const enrolled = await db().$transaction(async (tx) => {
    const out = [];
    for (const who of people) out.push(await enrolInTx(tx, assignmentId, who));
    return out;
  });
  return {
    ok: true,
    added: enrolled.map((m) => ({
      email: m.email,
      outcome: !m.created ? "already" : m.userId ? "enrolled" : "invited",
      inviteToken: m.userId ? null : m.inviteToken,
    })),
  };
}

export type ItemDetail =
  | { readonly kind: "lesson" }
  | { readonly kind: "quiz"; readonly attempt: AttemptDto | null }
  | { readonly kind: "lab"; readonly labRun: string | null; readonly answer: string | null }
  | {
      readonly kind: "interview";
      /** The prompt's rubric, the interviewer's scale for this item; empty when the prompt no longer exists. */
      readonly rubric: readonly RubricEntry[];
      readonly session: {
        readonly status: "active" | "finished";
        readonly notes: readonly { phase: string; text: string }[];
        readonly allNotes: string;
        /** The whiteboard's Excalidraw scene (JSON), or null when nothing was drawn. */
        readonly whiteboard: string | null;
        readonly selfScores: readonly ScoreDto[];
        /** The interviewer's rubric levels from an earlier review of this submission. */
        readonly interviewerScores: readonly ScoreDto[];
      } | null;
    };

export interface MemberWorkItemDto {
  readonly item: TableItem;
  readonly cell: TableCell;
  /**
   * A lab item the candidate started (the interviewer gives it points out of REVIEW_MAX_SCORE), or an interview item
   * whose interview they started and whose prompt still exists (scored on its rubric).
   */
  readonly scorable: boolean;
  readonly startedAt: string | null;
  readonly completedAt: string | null;
  readonly detail: ItemDetail;
}

export interface MemberDetailDto {
  readonly assignment: { id: string; title: string; dueAt: string };
  readonly member: {
    id: string;
    name: string | null;
    email: string;
    seed: number;
    status: MemberStatus;
    locked: boolean;
    startedAt: string | null;
    submittedAt: string | null;
    reviewedAt: string | null;
    feedback: string | null;
  };
  readonly items: readonly MemberWorkItemDto[];
}

export type MemberDetailResult = { ok: true; detail: MemberDetailDto } | NotFound;

function toScoreDto(source: ScoreDto["source"], row: { dimension: string; level: number; comment: string }): ScoreDto {
  return { source, dimension: row.dimension, level: row.level, comment: row.comment };
}

async function interviewDetail(
  sessionId: string | null,
): Promise<Extract<ItemDetail, { kind: "interview" }>["session"]> {
  if (!sessionId) return null;
  const s = await db().interviewSession.findUnique({
    where: { id: sessionId },
    include: { scores: { orderBy: { dimension: "asc" } } },
  });
  if (!s) return null;
  const parsed = flowStateSchema.safeParse(JSON.parse(s.flowState));
  const notes = parsed.success
    ? PHASES.map((p) => ({ phase: p.label, text: parsed.data.notes[p.id] ?? "" }))
    : [{ phase: "Notes", text: s.notes }];
  return {
    status: s.status === "finished" ? "finished" : "active",
    notes,
    allNotes: s.notes,
    whiteboard: (parsed.success && parsed.data.whiteboard) || null,
    selfScores: s.scores.filter((r) => r.source === "self").map((r) => toScoreDto("self", r)),
    interviewerScores: s.scores.filter((r) => r.source === "interviewer").map((r) => toScoreDto("interviewer", r)),
  };
}

/**
 * One member's work, item by item, for the owner: quiz answers with keys, the lab run and answer, interview notes and
 * self-scores.
 */
export async function getMemberDetail(
  actor: Actor,
  assignmentId: string,
  memberId: string,
  now: Date,
): Promise<MemberDetailResult> {
  const a = await ownAssignment(actor, "assignment.drill-down", assignmentId);
  if (!a) return notFound;
  const m = await db().assignmentMember.findUnique({
    where: { id: memberId },
    include: { user: { select: { name: true } }, work: true },
  });
  if (!m || m.assignmentId !== a.id) return notFound;
  const attempts = await attemptsOf(m.work);
  const items: MemberWorkItemDto[] = [];
  for (const item of tableItems(a, buildCatalog())) {
    const work = m.work.find((w) => w.itemId === item.id);
    let detail: ItemDetail;
    switch (item.kind) {
      case "lesson":
        detail = { kind: "lesson" };
        break;
      case "quiz":
        detail = {
          kind: "quiz",
          attempt: work?.quizAttemptId ? await attemptForCheckedReviewer(work.quizAttemptId) : null,
        };
        break;
      case "lab":
        detail = { kind: "lab", labRun: work?.labRun ?? null, answer: work?.answer ?? null };
        break;
      case "interview":
        detail = {
          kind: "interview",
          rubric: interviewPrompt(item.ref)?.rubric ?? [],
          session: await interviewDetail(work?.interviewSessionId ?? null),
        };
        break;
    }
    items.push({
      item,
      cell: cellFor(item, work, attempts),
      scorable: isMarkable(
        item.kind,
        work !== undefined,
        detail.kind === "interview" && detail.session !== null,
        detail.kind === "interview" ? detail.rubric.length : 0,
      ),
      startedAt: work?.startedAt.toISOString() ?? null,
      completedAt: work?.completedAt?.toISOString() ?? null,
      detail,
    });
  }
  return {
    ok: true,
    detail: {
      assignment: { id: a.id, title: a.title, dueAt: a.dueAt.toISOString() },
      member: {
        id: m.id,
        name: m.user?.name ?? null,
        email: m.email,
        seed: m.seed,
        status: memberStatus(m.status, a.dueAt, now),
        locked: isLocked(m.status),
        startedAt: m.startedAt?.toISOString() ?? null,
        submittedAt: m.submittedAt?.toISOString() ?? null,
        reviewedAt: m.reviewedAt?.toISOString() ?? null,
        feedback: m.feedback,
      },
      items,
    },
  };
}

export interface ReviewInput {
  /** The written feedback, as typed. */
  readonly feedback: string;
  /** Lab item id → points as typed ("" clears a score). Items left out keep their stored score. */
  readonly scores?: Readonly<Record<string, string>>;
  /**
   * Interview item id → the level typed per rubric dimension ("1" to "4") and optional comments. Every dimension or
   * none: a partial rubric is refused. Items left out keep what is stored.
   */
  readonly rubrics?: Readonly<
    Record<string, { levels: Readonly<Record<string, string>>; comments?: Readonly<Record<string, string>> }>
  >;
}

export type FeedbackResult =
  | { ok: true }
  | NotFound
  | { ok: false; error: "not-submitted"; message: string }
  /** fieldErrors keys: "feedback", "score.<itemId>" (scoreField), "rubric.<itemId>" (rubricField), "form". */
  | { ok: false; error: "invalid"; message: string; fieldErrors: Record<string, string> };

const NOT_SUBMITTED = "The candidate has not submitted yet: feedback opens once they do.";

/**
 * Saves the review of a submitted member in one transaction: written feedback,
 * points for the lab items they started, and for each interview item they
 * started a rubric (stored as the session's interviewer scores; the item's
 * score is their mean out of 4). Marks them reviewed; saving again later keeps
 * them reviewed and (through reviewedAt) shows the candidate the feedback as
 * new. Any invalid field saves nothing.
 */
export async function saveMemberFeedback(
  actor: Actor,
  assignmentId: string,
  memberId: string,
  review: ReviewInput,
  now: Date,
): Promise<FeedbackResult> {
  const a = await ownAssignment(actor, "assignment.feedback", assignmentId);
  if (!a) return notFound;
  const m = await db().assignmentMember.findUnique({
    where: { id: memberId },
    select: {
      assignmentId: true,
      status: true,
      work: { select: { id: true, itemId: true, updatedAt: true, interviewSessionId: true } },
    },
  });
  if (!m || m.assignmentId !== a.id) return notFound;
  if (!isLocked(m.status)) return { ok: false, error: "not-submitted", message: NOT_SUBMITTED };
  const scorable: ScorableItem[] = a.items.flatMap((i): ScorableItem[] => {
    const kind = asKind(i.kind);
    const work = m.work.find((w) => w.itemId === i.id);
    const rubric: RubricDimensionRef[] =
      kind === "interview"
        ? (interviewPrompt(i.ref)?.rubric ?? []).map((r) => ({ dimension: r.dimension, label: r.label }))
        : [];
    if (!isMarkable(kind, work !== undefined, Boolean(work?.interviewSessionId), rubric.length)) return [];
    return [
      kind === "interview"
        ? { id: i.id, position: i.position, kind, rubric }
        : { id: i.id, position: i.position, kind },
    ];
  });
  const parsed = parseReview(review, scorable);
  if (!parsed.success) {
    const count = Object.keys(parsed.fieldErrors).length;
    return {
      ok: false,
      error: "invalid",
      message:
        parsed.fieldErrors.form ??
        (count === 1
          ? (Object.values(parsed.fieldErrors)[0] ?? "")
          : `Nothing was saved: fix the ${count} fields with a message under them.`),
      fieldErrors: parsed.fieldErrors,
    };
  }
  const saved = await db().$transaction(async (tx) => {
    // Guarded on the stored status so a concurrent un-submit (none exists today) could not be overwritten into
    // "reviewed".
    const updated = await tx.assignmentMember.updateMany({
      where: { id: memberId, status: { in: ["submitted", "reviewed"] } },
      data: { feedback: parsed.data.feedback, reviewedAt: now, status: "reviewed" },
    });
    if (updated.count !== 1) return false;
    for (const [itemId, score] of parsed.data.scores) {
      const work = m.work.find((w) => w.itemId === itemId);
      if (!work) continue;
      // updatedAt is the candidate's "last saved": an interviewer's score is not their edit, so it keeps its value.
      await tx.assignmentWork.update({
        where: { id: work.id },
        data: { score, maxScore: score === null ? null : REVIEW_MAX_SCORE, updatedAt: work.updatedAt },
      });
    }
    for (const [itemId, rubric] of parsed.data.rubrics) {
      const work = m.work.find((w) => w.itemId === itemId);
      if (!work?.interviewSessionId) continue;
      await writeScoresInTx(tx, work.interviewSessionId, "interviewer", rubric.levels);
      await tx.assignmentWork.update({
        where: { id: work.id },
        data: { score: rubric.mean, maxScore: RUBRIC_MAX_LEVEL, updatedAt: work.updatedAt },
      });
    }
    return true;
  });
  return saved ? { ok: true } : { ok: false, error: "not-submitted", message: NOT_SUBMITTED };
}
