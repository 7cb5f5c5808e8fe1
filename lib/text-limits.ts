/**
 * The longest text a user may store in each field, in UTF-16 code units (what
 * a string's `length` and an input's `maxLength` count). The one authority:
 * the zod schemas that guard lib/db read these, the forms put them in
 * `maxLength` and show "n / max" where someone could reach them, and
 * lib/http/body-limits.ts sizes request bodies to fit them. Pure: the browser
 * imports it too.
 */
export const TEXT_LIMITS = {
  /** User.name */
  userName: 80,
  /** User.email and AssignmentMember.email (RFC 5321's longest forward path less its brackets). */
  email: 254,
  /** A password as typed; only its argon2 hash is stored. */
  password: 200,
  /** Cohort.name */
  cohortName: 80,
  /** Assignment.title */
  assignmentTitle: 120,
  /** Assignment.instructions */
  assignmentInstructions: 5000,
  /** AssignmentItem.task: what a lab item asks the candidate to do. */
  itemTask: 2000,
  /** AssignmentWork.answer: the candidate's written answer to a lab task. */
  labAnswer: 20_000,
  /** AssignmentMember.feedback: the interviewer's feedback on a submission. */
  memberFeedback: 10_000,
  /** InterviewSession notes: the candidate's notes for one phase (four phases, so four of these at most). */
  interviewPhaseNotes: 10_000,
  /** InterviewSession flow: the whiteboard's Excalidraw scene as JSON (elements only: a few hundred shapes). */
  interviewWhiteboard: 100_000,
  /** InterviewSession.interviewerNotes: private to the interviewer. */
  interviewerNotes: 20_000,
  /** InterviewSession.feedback: released to the candidate. */
  interviewFeedback: 20_000,
  /** RubricScore.comment */
  scoreComment: 2000,
  /** A number typed into a quiz answer box before it is checked (a draft: the graded answer is a number). */
  quizTypedNumber: 40,
  /** InterviewEvent payload label: a lab action's or fault's one-line description. */
  timelineLabel: 200,
} as const;

export type TextField = keyof typeof TEXT_LIMITS;

/** The message a schema gives when a field is too long, the same wherever the field is checked. */
export function tooLongMessage(what: string, field: TextField): string {
  return `Keep ${what} under ${TEXT_LIMITS[field].toLocaleString("en-GB")} characters.`;
}

/** Control characters (NUL, escapes, line breaks) have no place in a one-line name or title. */
export function hasControlCharacters(value: string): boolean {
  return /\p{Cc}/u.test(value);
}
