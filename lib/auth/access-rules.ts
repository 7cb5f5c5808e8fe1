/**
 * Who may do what, as data: one row per (resource, action), with each role's
 * permission. README.md's "Access rules" table is rendered from this
 * (scripts/access-docs.ts), lib/db enforces it by asking may() (./access.ts), and
 * tests/integration/access-rules.int.test.ts walks every row for every role,
 * so the three cannot drift apart. Pure: no database, no Next.
 */
import { ROLES, type Role } from "./roles";

/**
 * - all: any row (or, for an action that creates something, allowed);
 * - own: only rows the actor owns (their attempts, their sessions, assignments and cohorts they own);
 * - member: only assignments given to the actor (their own AssignmentMember row);
 * - none: nothing; the answer is "not found", as if the id did not exist.
 */
export const PERMISSIONS = ["all", "own", "member", "none"] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ENTRY_KINDS = ["page", "api", "action", "repository"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * Where a user reaches the row: a page path, an API route (method and path), a server action (name and file) or the
 * repository.
 */
export interface Entry {
  readonly kind: EntryKind;
  readonly path: string;
}

export interface AccessRule {
  readonly resource: string;
  readonly action: string;
  readonly via: readonly Entry[];
  /** The lib/db functions (or, for content, the place) that enforce the row. */
  readonly enforcedIn: readonly string[];
  readonly access: Readonly<Record<Role, Permission>>;
}

const page = (path: string): Entry => ({ kind: "page", path });
const api = (path: string): Entry => ({ kind: "api", path });
const action = (path: string): Entry => ({ kind: "action", path });

/**
 * The roles that teach and lead (interviews, assignments, cohorts): the one
 * place they are listed. A demoted teacher keeps their rows but reaches none.
 */
const TEACHING_ROLES: readonly Role[] = ["interviewer", "admin"];
const ADMIN_ROLES: readonly Role[] = ["admin"];

/** `permission` for the listed roles, "none" for the rest. */
const only = (roles: readonly Role[], permission: Permission): Record<Role, Permission> =>
  Object.fromEntries(ROLES.map((role) => [role, roles.includes(role) ? permission : "none"])) as Record<
    Role,
    Permission
  >;
/** Every role alike: things each user does for themselves. */
const everyone = (permission: Permission) => only(ROLES, permission);
const teachers = (permission: Permission) => only(TEACHING_ROLES, permission);
const adminOnly = only(ADMIN_ROLES, "all");

const LESSON_ACTIONS = "setLessonCompletion (app/(learn)/learn/[slug]/actions.ts)";
const QUIZ_ACTIONS = "app/(practice)/quiz/actions.ts";
const REVIEW_ACTIONS = "app/(practice)/review/actions.ts";
const INTERVIEW_ACTIONS = "app/(practice)/interviews/actions.ts";
const ADMIN_ACTIONS = "app/(account)/admin/users/actions.ts";
const ACCOUNT_ACTIONS = "app/(account)/account/actions.ts";
const TEACH_ACTIONS = "app/(practice)/teach/actions.ts";
const WORK_ACTIONS = "app/(practice)/assignments/actions.ts";

export const ACCESS_RULES = {
  "content.read": {
    resource: "Content (lessons, quizzes, lab scenarios)",
    action: "read",
    via: [page("/learn"), page("/learn/[slug]"), page("/quiz/[id]"), page("/lab")],
    enforcedIn: ["lib/content (public: it ships with the repository)"],
    access: everyone("all"),
  },
  "content.edit": {
    resource: "Content (lessons, quizzes, lab scenarios)",
    action: "edit",
    via: [{ kind: "repository", path: "content/ (a pull request, checked by npm run content:check)" }],
    enforcedIn: ["no app route or lib/db function writes content"],
    access: everyone("none"),
  },
  "authoring.use": {
    resource: "Authoring tools",
    action: "open the lesson inventory, the component reference and the lesson preview",
    via: [page("/authoring"), action("previewLessonAction (app/(account)/authoring/actions.ts)")],
    enforcedIn: ["authoringInventory", "lessonPreview"],
    access: only(["author", "admin"], "all"),
  },
  "lesson-progress.view": {
    resource: "Lesson progress",
    action: "view",
    via: [page("/learn"), page("/dashboard"), action("loadCompletion (app/(learn)/learn/[slug]/actions.ts)")],
    enforcedIn: ["completedLessonSlugs"],
    access: everyone("own"),
  },
  "lesson-progress.mark": {
    resource: "Lesson progress",
    action: "mark / unmark complete",
    via: [action(LESSON_ACTIONS)],
    enforcedIn: ["markLessonComplete", "unmarkLessonComplete"],
    access: everyone("own"),
  },
  "quiz-attempt.start": {
    resource: "Quiz attempt",
    action: "start",
    via: [page("/quiz/[id]"), action(`startQuizAction (${QUIZ_ACTIONS})`)],
    enforcedIn: ["startQuizAttempt"],
    access: everyone("all"),
  },
  "quiz-attempt.view": {
    resource: "Quiz attempt",
    action: "view",
    via: [page("/quiz/attempts/[attemptId]")],
    enforcedIn: ["getQuizAttempt"],
    access: everyone("own"),
  },
  "quiz-attempt.answer": {
    resource: "Quiz attempt",
    action: "answer a question, save typed answers",
    via: [action(`answerQuestionAction (${QUIZ_ACTIONS})`), action(`saveQuizDraftAction (${QUIZ_ACTIONS})`)],
    enforcedIn: ["answerQuizQuestion", "saveQuizDraft", "getQuizDraft"],
    access: everyone("own"),
  },
  "quiz-attempt.submit": {
    resource: "Quiz attempt",
    action: "submit",
    via: [action(`submitAttemptAction (${QUIZ_ACTIONS})`)],
    enforcedIn: ["submitQuizAttempt"],
    access: everyone("own"),
  },
  "quiz-attempt.history": {
    resource: "Quiz attempt",
    action: "list, concept mastery, dashboard activity",
    via: [page("/dashboard"), page("/learn")],
    enforcedIn: ["listQuizAttempts", "conceptMastery", "dashboardActivity"],
    access: everyone("own"),
  },
  "review-queue.view": {
    resource: "Review queue",
    action: "view, a review session and its summary",
    via: [page("/review"), page("/dashboard"), page("/review/session/[attemptId]")],
    enforcedIn: ["reviewQueue", "getReviewSession"],
    access: everyone("own"),
  },
  "review-queue.start": {
    resource: "Review queue",
    action: "start a review (due cards, practising ahead, one concept)",
    via: [action(`startReviewAction (${REVIEW_ACTIONS})`)],
    enforcedIn: ["startReviewAttempt"],
    access: everyone("own"),
  },
  "review-queue.rate": {
    resource: "Review queue",
    action: "rate recall of an answered card (reschedules it)",
    via: [action(`rateReviewAction (${REVIEW_ACTIONS})`)],
    enforcedIn: ["rateReviewAnswer"],
    access: everyone("own"),
  },
  "interview.start-solo": {
    resource: "Mock interview (solo)",
    action: "start",
    via: [page("/interviews/new"), action(`createInterviewAction (${INTERVIEW_ACTIONS})`)],
    enforcedIn: ["createInterview"],
    access: everyone("all"),
  },
  "interview.start-led": {
    resource: "Mock interview (led)",
    action: "start and invite by code",
    via: [page("/interviews/new"), action(`createInterviewAction (${INTERVIEW_ACTIONS})`)],
    enforcedIn: ["createInterview"],
    access: teachers("all"),
  },
  "interview.join": {
    resource: "Mock interview (led)",
    action: "join by code as its candidate",
    via: [
      page("/interviews/join/[code]"),
      action("joinInterviewAction (app/(practice)/interviews/join/[code]/actions.ts)"),
    ],
    enforcedIn: ["joinInterview"],
    access: everyone("all"),
  },
  "interview.list": {
    resource: "Mock interview",
    action: "list",
    via: [page("/interviews")],
    enforcedIn: ["listInterviews"],
    access: everyone("own"),
  },
  "interview.candidate-part": {
    resource: "Mock interview, candidate's part",
    action: "view, autosave, self-score, lab actions",
    via: [
      page("/interviews/[id]"),
      api("GET, PUT /api/interviews/[id]"),
      api("POST /api/interviews/[id]/scores"),
      api("POST /api/interviews/[id]/events"),
    ],
    enforcedIn: ["getInterview", "saveInterview", "saveScores", "recordLabEvent"],
    access: everyone("own"),
  },
  "interview.interviewer-part": {
    resource: "Mock interview, interviewer's part",
    action: "view, notes, rubric scores, feedback, faults, the clock of a led interview",
    via: [
      page("/interviews/[id]"),
      api("GET /api/interviews/[id]"),
      api("POST /api/interviews/[id]/feedback"),
      api("POST /api/interviews/[id]/scores"),
      api("POST /api/interviews/[id]/events"),
      api("POST /api/interviews/[id]/clock"),
    ],
    enforcedIn: ["getInterview", "saveFeedback", "saveScores", "recordLabEvent", "controlInterview"],
    access: teachers("own"),
  },
  "assignment.create": {
    resource: "Assignment",
    action: "create",
    via: [page("/teach/assignments/new"), action(`createAssignmentAction (${TEACH_ACTIONS})`)],
    enforcedIn: ["createAssignment", "itemCatalog"],
    access: teachers("all"),
  },
  "assignment.list": {
    resource: "Assignment",
    action: "list (teaching overview)",
    via: [page("/teach"), page("/teach/assignments")],
    enforcedIn: ["interviewerOverview", "listAssignments"],
    access: teachers("own"),
  },
  "assignment.view-table": {
    resource: "Assignment",
    action: "view the members' table",
    via: [page("/teach/assignments/[id]")],
    enforcedIn: ["getAssignmentTable"],
    access: teachers("own"),
  },
  "assignment.add-members": {
    resource: "Assignment",
    action: "add members by email",
    via: [page("/teach/assignments/[id]"), action(`addMembersAction (${TEACH_ACTIONS})`)],
    enforcedIn: ["addMembers"],
    access: teachers("own"),
  },
  "assignment.export-csv": {
    resource: "Assignment",
    action: "export CSV",
    via: [api("GET /teach/assignments/[id]/export.csv")],
    enforcedIn: ["exportAssignmentCsv"],
    access: teachers("own"),
  },
  "assignment.drill-down": {
    resource: "Assignment",
    action: "open a member's submission",
    via: [page("/teach/assignments/[id]/members/[memberId]")],
    enforcedIn: ["getMemberDetail"],
    access: teachers("own"),
  },
  "assignment.feedback": {
    resource: "Assignment",
    action: "write feedback, score lab and interview items, mark reviewed",
    via: [page("/teach/assignments/[id]/members/[memberId]"), action(`saveFeedbackAction (${TEACH_ACTIONS})`)],
    enforcedIn: ["saveMemberFeedback"],
    access: teachers("own"),
  },
  "cohort.create": {
    resource: "Cohort",
    action: "create",
    via: [page("/teach/cohorts"), action(`createCohortAction (${TEACH_ACTIONS})`)],
    enforcedIn: ["createCohort"],
    access: teachers("all"),
  },
  "cohort.view": {
    resource: "Cohort",
    action: "view members and join code",
    via: [page("/teach/cohorts"), page("/teach/cohorts/[id]")],
    enforcedIn: ["getCohort", "listCohorts"],
    access: teachers("own"),
  },
  "cohort.join": {
    resource: "Cohort",
    action: "join by code",
    via: [page("/join"), page("/join/[code]"), action("joinCohortAction (app/(practice)/join/actions.ts)")],
    enforcedIn: ["joinCohort"],
    access: everyone("all"),
  },
  "assignment-work.inbox": {
    resource: "Assignment work",
    action: "inbox",
    via: [page("/assignments")],
    enforcedIn: ["listInbox"],
    access: everyone("member"),
  },
  "assignment-work.open": {
    resource: "Assignment work",
    action: "open an assignment and its items (opening it marks its feedback read)",
    via: [page("/assignments/[assignmentId]"), page("/assignments/[assignmentId]/items/[position]")],
    enforcedIn: ["getMemberAssignment", "openItem"],
    access: everyone("member"),
  },
  "assignment-work.save": {
    resource: "Assignment work",
    action: "start, save and time an item",
    via: [action(`startItemAction, saveLabAction, completeLessonAction, heartbeatAction (${WORK_ACTIONS})`)],
    enforcedIn: ["startItem", "saveLabWork", "completeLessonItem", "addTimeSpent"],
    access: everyone("member"),
  },
  "assignment-work.submit": {
    resource: "Assignment work",
    action: "submit",
    via: [action(`submitAssignmentAction (${WORK_ACTIONS})`)],
    enforcedIn: ["submitAssignment"],
    access: everyone("member"),
  },
  "invitation.claim": {
    resource: "Invitation",
    action: "preview and accept through its link",
    via: [
      page("/invitations/[token]"),
      action("acceptInvitationAction (app/(practice)/invitations/[token]/actions.ts)"),
      page("/sign-up"),
      api("POST /api/account"),
    ],
    enforcedIn: ["invitationPreview", "claimInvitation", "signUp"],
    access: everyone("all"),
  },
  "account.update": {
    resource: "Own account",
    action: "view and change name, email and password",
    via: [
      page("/account"),
      action(`updateProfileAction (${ACCOUNT_ACTIONS})`),
      action(`changePasswordAction (${ACCOUNT_ACTIONS})`),
    ],
    enforcedIn: ["accountProfile", "updateAccountProfile", "changePassword"],
    access: everyone("own"),
  },
  "users.list": {
    resource: "User accounts",
    action: "list",
    via: [page("/admin/users")],
    enforcedIn: ["listUsers", "userPage"],
    access: adminOnly,
  },
  "users.change-role": {
    resource: "User accounts",
    action: "change role",
    via: [action(`changeRoleAction (${ADMIN_ACTIONS})`)],
    enforcedIn: ["changeUserRole"],
    access: adminOnly,
  },
  "users.deactivate": {
    resource: "User accounts",
    action: "deactivate / reactivate",
    via: [action(`setActiveAction (${ADMIN_ACTIONS})`)],
    enforcedIn: ["setUserActive"],
    access: adminOnly,
  },
  "password-reset.issue": {
    resource: "Password reset link",
    action: "issue a one-time link for an account (shown once, audited)",
    via: [action(`issueResetLinkAction (${ADMIN_ACTIONS})`), { kind: "repository", path: "npm run admin:reset-link" }],
    enforcedIn: ["issuePasswordReset"],
    access: adminOnly,
  },
  "password-reset.use": {
    resource: "Password reset link",
    action: "set a new password through the link (the token is the credential: once, within 24 h)",
    via: [page("/reset/[token]"), action("resetPasswordAction (app/(auth)/reset/[token]/actions.ts)")],
    enforcedIn: ["resetPreview", "resetPassword"],
    access: everyone("all"),
  },
} satisfies Record<string, AccessRule>;

export type RuleId = keyof typeof ACCESS_RULES;

/** The rows in table order, with their ids. */
export function accessRules(): ReadonlyArray<AccessRule & { readonly id: RuleId }> {
  return (Object.keys(ACCESS_RULES) as RuleId[]).map((id) => ({ id, ...ACCESS_RULES[id] }));
}

/** What `role` may do on the row; anything but "none" is reachable for some rows. */
export function permissionOf(id: RuleId, role: Role): Permission {
  return ACCESS_RULES[id].access[role];
}

/** Roles that may act on the row at all. */
export function rolesAllowed(id: RuleId): Role[] {
  return ROLES.filter((role) => permissionOf(id, role) !== "none");
}
