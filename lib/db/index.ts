import "server-only";

/**
 * What pages, route handlers and server actions use. The only way into the
 * database: functions check authorisation and return plain DTOs.
 */
export {
  signUp,
  verifyCredentials,
  getUserById,
  getSessionUser,
  revokeSessions,
  DUPLICATE_EMAIL,
  accountProfile,
  updateAccountProfile,
  changePassword,
} from "./users";
export type { UserDto, SignUpResult, VerifyResult, ThrottleScope, RequestContext, AccountResult } from "./users";
export { retryWording } from "./rate-limit";
export { markLessonComplete, unmarkLessonComplete, completedLessonSlugs } from "./lesson-progress";
export type { LessonCompletionDto, ProgressResult } from "./lesson-progress";
export {
  listUsers,
  userPage,
  changeUserRole,
  setUserActive,
  UserQuerySchema,
  USER_SORTS,
  USER_STATUSES,
} from "./admin-users";
export { authoringInventory, lessonPreview } from "./authoring";
export type { AuthoringInventory, LessonPreviewResult } from "./authoring";
export type { ManagedUserDto, AdminResult, UserPageDto, UserQuery } from "./admin-users";
export {
  createInterview,
  joinInterview,
  getInterview,
  saveInterview,
  controlInterview,
  recordLabEvent,
  saveScores,
  saveFeedback,
  listInterviews,
} from "./interviews";
export type {
  InterviewRole,
  InterviewSessionDto,
  InterviewSummaryDto,
  ScoreDto,
  SaveResult,
  CreateResult,
} from "./interviews";
export {
  startQuizAttempt,
  startReviewAttempt,
  getQuizAttempt,
  answerQuizQuestion,
  submitQuizAttempt,
  conceptMastery,
  reviewQueue,
  listQuizAttempts,
  REVIEW_QUIZ_ID,
  ASSIGNED_ONLY,
} from "./quiz";
export { getQuizDraft, saveQuizDraft } from "./quiz-drafts";
export type { DraftSaveResult } from "./quiz-drafts";
export type {
  AttemptDto,
  AttemptQuestionDto,
  AnswerDto,
  MasteryDto,
  ReviewQueueDto,
  QuizResult,
  QuizError,
  FeedbackMode,
  SubmittedResponse,
  StartOptions,
  ReviewScope,
} from "./quiz";
export { getReviewSession, rateReviewAnswer } from "./review-session";
export { issuePasswordReset, resetPreview, resetPassword, RESET_REFUSALS, RESET_LINK_HOURS } from "./password-resets";
export type { IssuedReset, ResetState, ResetResult, ResetRefusal } from "./password-resets";
export type { ReviewSessionDto, RatingChoiceDto, ReviewSummaryDto } from "./review-session";
export { dashboardActivity } from "./dashboard";
export type { DashboardActivityDto, RecentAttemptDto } from "./dashboard";
export { interviewerOverview } from "./assignments";
export type { InterviewerOverviewDto } from "./assignments";
export type { Actor } from "../auth/access";
export { listInbox, getMemberAssignment, openItem } from "./member-assignments";
export type {
  InboxEntryDto,
  MemberAssignmentDto,
  MemberItemDto,
  RubricLevelDto,
  OpenItemDto,
  ItemKind,
  ItemStatus,
} from "./member-assignments";
export {
  startItem,
  saveLabWork,
  completeLessonItem,
  addTimeSpent,
  submitAssignment,
  MAX_ANSWER_LENGTH,
  MAX_HEARTBEAT_MS,
} from "./assignment-work";
export type { StartedItemDto } from "./assignment-work";
export type { WorkError, WorkResult } from "./member-access";
export { claimInvitation, invitationPreview, joinCohort, normaliseJoinCode } from "./assignment-joining";
export type { JoinedCohortDto } from "./assignment-joining";
export {
  itemCatalog,
  createAssignment,
  listAssignments,
  getAssignmentTable,
  exportAssignmentCsv,
  addMembers,
  getMemberDetail,
  saveMemberFeedback,
} from "./assignments";
export type {
  AssignmentSummaryDto,
  AssignmentTableDto,
  AddedMember,
  MemberDetailDto,
  MemberWorkItemDto,
  ItemDetail,
  CreateAssignmentResult,
  AddMembersResult,
  FeedbackResult,
  ReviewInput,
} from "./assignments";
export { createCohort, listCohorts, getCohort } from "./cohorts";
export type { CohortSummaryDto, CohortDetailDto, CreateCohortResult } from "./cohorts";
