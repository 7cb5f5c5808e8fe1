import { randomBytes } from "node:crypto";
import { ROLES, type Role } from "../../lib/auth/roles";
import { lessonSlugs } from "../../lib/content/lessons";
import { db } from "../../lib/db/client";
import { createInterview } from "../../lib/db/interviews";
import { markLessonComplete } from "../../lib/db/lesson-progress";
import { startQuizAttempt } from "../../lib/db/quiz";
import { scenarios } from "../../lib/sim/scenarios";
import { initialFlow } from "../../lib/interview/flow";

/**
 * The world tests/integration/access-rules.int.test.ts walks the access table
 * in. Two users per role (the first owns things, the second is a stranger of
 * the same role), plus a bystander candidate and a host interviewer who only
 * ever sit on the other side of someone's rows and never act, so no actor
 * reaches a row through a part it plays there by accident.
 *
 * Every first user holds one of everything, written straight to the database
 * where the app would refuse (a candidate "leading" an interview, an author
 * "owning" an assignment): a role marked "none" must be refused even on rows
 * that name it as owner, which is what a demoted interviewer leaves behind.
 */
export interface Person {
  readonly id: string;
  readonly role: Role;
  readonly email: string;
  readonly name: string;
}

export interface Holdings {
  readonly user: Person;
  /** A lesson they completed (a different one per user). */
  readonly lesson: string;
  /** A concept they have mastery in. */
  readonly concept: string;
  /** Their open quiz attempt (immediate feedback). */
  readonly quizAttemptId: string;
  /** A question of theirs due for review. */
  readonly reviewQuestionId: string;
  /** A solo interview: they are its candidate. */
  readonly soloInterviewId: string;
  /** A led interview of someone else's that they joined as candidate. */
  readonly ledAsCandidateId: string;
  /** A led interview with them as interviewer and the bystander as candidate. */
  readonly ledInterviewId: string;
  /** An assignment they own, with the bystander as a submitted member. */
  readonly assignmentId: string;
  readonly ownedMemberId: string;
  /** A cohort they own, with the bystander in it. */
  readonly cohortId: string;
  readonly cohortCode: string;
  /** An assignment someone else owns that was given to them alone: lesson item at 0, lab item at 1. */
  readonly givenAssignmentId: string;
}

export interface World {
  readonly first: Readonly<Record<Role, Person>>;
  readonly second: Readonly<Record<Role, Person>>;
  /** A candidate on the other side of everyone's led sessions, owned assignments and cohorts. Never acts. */
  readonly bystander: Person;
  /**
   * An interviewer who leads the sessions the first users joined and owns the assignments given to them. Never acts.
   */
  readonly host: Person;
  readonly holdings: ReadonlyMap<string, Holdings>;
  /** What `person` holds; throws for users who hold nothing (seconds, the bystander). */
  of(person: Person): Holdings;
}

export const QUIZ_ID = "single-leader-basics";
export const QUESTION = { questionId: "slr-replica-scaling", response: { type: "single" as const, choice: "reads" } };
export const PROMPT = "url-shortener";
export const SCENARIO = Object.keys(scenarios)[0] ?? "";
export const DAY = 24 * 60 * 60 * 1000;

/** A join code (8 capitals and digits, as the app makes them) or, longer, an invitation token. */
export function uniqueCode(bytes = 4): string {
  return bytes === 4 ? randomBytes(4).toString("hex").toUpperCase() : randomBytes(bytes).toString("base64url");
}

async function person(role: Role, label: string): Promise<Person> {
  const email = `${label}@access.example`;
  const row = await db().user.create({ data: { email, name: label, role, passwordHash: "not-a-real-hash" } });
  return { id: row.id, role, email, name: label };
}

/** A led session in the database as-is, whoever the roles (see the note on World). */
export async function ledSession(
  interviewerId: string,
  candidateId: string | null,
): Promise<{ id: string; joinCode: string }> {
  const joinCode = uniqueCode();
  const row = await db().interviewSession.create({
    data: {
      promptSlug: PROMPT,
      mode: "led",
      interviewerId,
      candidateId,
      joinCode,
      flowState: JSON.stringify(initialFlow(45)),
    },
  });
  return { id: row.id, joinCode };
}

/** An assignment in the database as-is: one lesson item and one lab item, due in a week. */
export async function assignment(ownerId: string, now: Date, cohortId: string | null = null): Promise<string> {
  const [lesson = ""] = lessonSlugs();
  const row = await db().assignment.create({
    data: {
      ownerId,
      cohortId,
      title: "Replication basics",
      dueAt: new Date(now.getTime() + 7 * DAY),
      seedMode: "per-candidate",
      seedBase: 17,
      items: {
        create: [
          { position: 0, kind: "lesson", ref: lesson },
          { position: 1, kind: "lab", ref: SCENARIO, task: "Why did the read go stale?" },
        ],
      },
    },
  });
  return row.id;
}

/** Adds `who` to the assignment as a member, the way enrolment does (ordinal from the counter). */
export async function member(
  assignmentId: string,
  who: { email: string; userId: string | null },
  status = "not-started",
): Promise<{ id: string; inviteToken: string | null }> {
  const counted = await db().assignment.update({
    where: { id: assignmentId },
    data: { memberCount: { increment: 1 } },
    select: { memberCount: true },
  });
  const row = await db().assignmentMember.create({
    data: {
      assignmentId,
      email: who.email,
      userId: who.userId,
      inviteToken: who.userId ? null : uniqueCode(18),
      ordinal: counted.memberCount - 1,
      seed: 100 + counted.memberCount,
      status,
      submittedAt: status === "submitted" ? new Date() : null,
    },
  });
  return { id: row.id, inviteToken: row.inviteToken };
}

async function hold(
  user: Person,
  index: number,
  world: { bystander: Person; host: Person },
  now: Date,
): Promise<Holdings> {
  const slugs = lessonSlugs();
  const lesson = slugs[index % slugs.length] ?? "";
  if (!(await markLessonComplete(user, lesson)).ok) throw new Error(`lesson ${lesson} not found`);
  const concept = `access-${user.role}`;
  await db().conceptMastery.create({ data: { userId: user.id, concept, level: "practising" } });
  const attempt = await startQuizAttempt(user, { quizId: QUIZ_ID, feedback: "immediate", certainty: false });
  if (!attempt.ok) throw new Error(attempt.message);
  await db().reviewCard.create({
    data: {
      userId: user.id,
      questionId: QUESTION.questionId,
      due: new Date(now.getTime() - DAY),
      stability: 1,
      difficulty: 5,
      elapsedDays: 1,
      scheduledDays: 1,
      reps: 1,
      lapses: 0,
      state: 2,
    },
  });
  const solo = await createInterview(user, { promptSlug: PROMPT, mode: "solo", durationMin: 45 });
  if (!solo.ok) throw new Error(solo.error);
  const ledAsCandidate = await ledSession(world.host.id, user.id);
  const led = await ledSession(user.id, world.bystander.id);
  const assignmentId = await assignment(user.id, now);
  const owned = await member(assignmentId, { email: world.bystander.email, userId: world.bystander.id }, "submitted");
  const cohortCode = uniqueCode();
  const cohort = await db().cohort.create({
    data: { ownerId: user.id, name: `${user.name}'s cohort`, joinCode: cohortCode },
  });
  await db().cohortMember.create({ data: { cohortId: cohort.id, userId: world.bystander.id } });
  const givenAssignmentId = await assignment(world.host.id, now);
  await member(givenAssignmentId, { email: user.email, userId: user.id });
  return {
    user,
    lesson,
    concept,
    quizAttemptId: attempt.data.attemptId,
    reviewQuestionId: QUESTION.questionId,
    soloInterviewId: solo.id,
    ledAsCandidateId: ledAsCandidate.id,
    ledInterviewId: led.id,
    assignmentId,
    ownedMemberId: owned.id,
    cohortId: cohort.id,
    cohortCode,
    givenAssignmentId,
  };
}

/** Seeds the world; run after the test database was emptied. */
export async function seedWorld(now: Date): Promise<World> {
  const first = {} as Record<Role, Person>;
  const second = {} as Record<Role, Person>;
  for (const role of ROLES) {
    first[role] = await person(role, `${role}-1`);
    second[role] = await person(role, `${role}-2`);
  }
  const bystander = await person("candidate", "bystander");
  const host = await person("interviewer", "host");
  const holdings = new Map<string, Holdings>();
  for (const [index, role] of ROLES.entries())
    holdings.set(first[role].id, await hold(first[role], index, { bystander, host }, now));
  return {
    first,
    second,
    bystander,
    host,
    holdings,
    of(p: Person) {
      const found = holdings.get(p.id);
      if (!found) throw new Error(`${p.name} holds nothing in the access world`);
      return found;
    },
  };
}
