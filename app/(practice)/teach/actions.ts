"use server";
import { revalidatePath } from "next/cache";
import { asForm, asInput, formText } from "@/lib/http/form-data";
import { redirect } from "next/navigation";
import { z } from "zod";
import { reviewFields } from "@/lib/assignments/review";
import { idSchema, MAX_FEEDBACK, type AssignmentInput } from "@/lib/assignments/schema";
import { may } from "@/lib/auth/access";
import { RUBRIC_DIMENSIONS } from "@/lib/interview/prompt-schema";
import { TEXT_LIMITS } from "@/lib/text-limits";
import { getCurrentUser } from "@/lib/session/current-user";
import { addMembers, createAssignment, createCohort, saveMemberFeedback, type AddedMember } from "@/lib/db";

const GONE = "This is no longer available to you. Reload the page.";

async function teacher() {
  const user = await getCurrentUser();
  // A quick refusal for roles that teach nothing; lib/db checks each row against the access table again.
  return user && may(user, "assignment.list") ? { id: user.id, role: user.role } : null;
}

export type CreateAssignmentState = { fieldErrors: Record<string, string>; error: string | null };

const createSchema = z.object({
  assignment: z.unknown(),
  emails: z.string().max(20_000),
  cohortId: idSchema.nullable(),
});

/** Validate → lib/db (which re-checks everything with the shared schema) → the new assignment's table. */
export async function createAssignmentAction(input: {
  assignment: AssignmentInput;
  emails: string;
  cohortId: string | null;
}): Promise<CreateAssignmentState> {
  const actor = await teacher();
  if (!actor) return { fieldErrors: {}, error: "Sign in as an interviewer to create assignments." };
  const parsed = createSchema.safeParse(asInput(input));
  if (!parsed.success) return { fieldErrors: {}, error: "The form was incomplete. Reload the page and try again." };
  const result = await createAssignment(
    actor,
    { assignment: parsed.data.assignment, emails: parsed.data.emails, cohortId: parsed.data.cohortId },
    new Date(),
  );
  if (!result.ok) {
    if (result.error === "not-found")
      return {
        fieldErrors: { cohortId: "Choose one of your cohorts." },
        error: "Nothing was created: choose one of your cohorts.",
      };
    return { fieldErrors: result.fieldErrors, error: "Nothing was created yet: fix the fields marked below." };
  }
  revalidatePath("/teach");
  redirect(`/teach/assignments/${result.id}?created=1`);
}

export type AddMembersState = { error: string | null; added: readonly AddedMember[] };

export async function addMembersAction(
  assignmentId: string,
  _state: AddMembersState,
  form: FormData,
): Promise<AddMembersState> {
  form = asForm(form);
  const actor = await teacher();
  if (!actor || !idSchema.safeParse(assignmentId).success) return { error: GONE, added: [] };
  const emails = z
    .string()
    .max(20_000)
    .safeParse(form.get("emails") ?? "");
  if (!emails.success) return { error: "That is too much text: add at most 200 emails at a time.", added: [] };
  const result = await addMembers(actor, assignmentId, emails.data);
  if (!result.ok) return { error: result.error === "not-found" ? GONE : result.message, added: [] };
  revalidatePath(`/teach/assignments/${assignmentId}`);
  return { error: null, added: result.added };
}

/**
 * values: what was typed, returned on a failed save so the form can show it again (React resets forms after an action).
 */
export type FeedbackState = {
  error: string | null;
  saved: boolean;
  fieldErrors: Record<string, string>;
  values: {
    feedback: string;
    scores: Record<string, string>;
    rubrics: Record<string, { levels: Record<string, string>; comments: Record<string, string> }>;
  } | null;
};

// Bounds only: lib/db checks every value against the member's own items with the shared review rules.
const FEEDBACK_TOO_LONG = `Keep feedback under ${MAX_FEEDBACK.toLocaleString("en")} characters.`;
const MAX_ITEMS = 50;
const dimensionKey = z.string().regex(/^[a-z0-9-]{1,60}$/);
const fewerThan = (n: number) => (record: Record<string, unknown>) => Object.keys(record).length <= n;
const reviewFormSchema = z.object({
  feedback: z.string().max(MAX_FEEDBACK, { error: FEEDBACK_TOO_LONG }),
  scores: z.record(idSchema, z.string().max(50)).refine(fewerThan(MAX_ITEMS)),
  rubrics: z
    .record(
      idSchema,
      z.object({
        levels: z.record(dimensionKey, z.string().max(10)).refine(fewerThan(RUBRIC_DIMENSIONS.length)),
        comments: z
          .record(dimensionKey, z.string().max(TEXT_LIMITS.scoreComment))
          .refine(fewerThan(RUBRIC_DIMENSIONS.length)),
      }),
    )
    .refine(fewerThan(MAX_ITEMS)),
});

/**
 * Feedback, every "score.<itemId>" field and every rubric level and comment of the drill-down form, saved together or
 * not at all.
 */
export async function saveFeedbackAction(
  ids: { assignmentId: string; memberId: string },
  _state: FeedbackState,
  form: FormData,
): Promise<FeedbackState> {
  form = asForm(form);
  const actor = await teacher();
  if (!actor || !idSchema.safeParse(ids?.assignmentId).success || !idSchema.safeParse(ids?.memberId).success)
    return { error: GONE, saved: false, fieldErrors: {}, values: null };
  const parsed = reviewFormSchema.safeParse({ feedback: form.get("feedback") ?? "", ...reviewFields(form.entries()) });
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((i) => i.path[0] === "feedback");
    return {
      error: tooLong ? FEEDBACK_TOO_LONG : "The review form was incomplete. Reload the page and try again.",
      saved: false,
      fieldErrors: {},
      values: null,
    };
  }
  const result = await saveMemberFeedback(actor, ids.assignmentId, ids.memberId, parsed.data, new Date());
  if (!result.ok) {
    if (result.error === "not-found") return { error: GONE, saved: false, fieldErrors: {}, values: null };
    return {
      error: result.message,
      saved: false,
      fieldErrors: result.error === "invalid" ? result.fieldErrors : {},
      values: parsed.data,
    };
  }
  revalidatePath(`/teach/assignments/${ids.assignmentId}`);
  revalidatePath(`/teach/assignments/${ids.assignmentId}/members/${ids.memberId}`);
  return { error: null, saved: true, fieldErrors: {}, values: null };
}

export type CohortState = { error: string | null };

export async function createCohortAction(_state: CohortState, form: FormData): Promise<CohortState> {
  form = asForm(form);
  const actor = await teacher();
  if (!actor) return { error: "Sign in as an interviewer to create cohorts." };
  const result = await createCohort(actor, formText(form, "name"));
  if (!result.ok) return { error: result.error === "invalid" ? result.message : GONE };
  revalidatePath("/teach");
  redirect(`/teach/cohorts/${result.id}?created=1`);
}
