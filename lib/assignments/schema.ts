/**
 * The one schema for creating an assignment, shared by the create form (which
 * checks as you type) and the server action (which decides). Refs are checked
 * against a catalogue the caller passes in, because reading content needs the
 * file system and this module must also run in the browser.
 */
import { z } from "zod";
import { hasControlCharacters, TEXT_LIMITS } from "@/lib/text-limits";
import { MAX_SEED, SEED_MODES } from "./seeds";

export const ITEM_KINDS = ["lesson", "quiz", "lab", "interview"] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ITEM_KIND_LABELS: Record<ItemKind, string> = {
  lesson: "Lesson",
  quiz: "Quiz",
  lab: "Lab scenario",
  interview: "Mock interview",
};

export interface CatalogEntry {
  readonly ref: string;
  readonly title: string;
}
/** What an item may point at, by kind: real lesson slugs, quiz ids, scenario ids and interview prompt slugs. */
export type ItemCatalog = Readonly<Record<ItemKind, readonly CatalogEntry[]>>;

export const MAX_ITEMS = 20;
export const MAX_TITLE = TEXT_LIMITS.assignmentTitle;
export const MAX_INSTRUCTIONS = TEXT_LIMITS.assignmentInstructions;
export const MAX_TASK = TEXT_LIMITS.itemTask;
export const MAX_EMAILS = 200;
export const MAX_FEEDBACK = TEXT_LIMITS.memberFeedback;

const itemSchema = z.object({
  kind: z.enum(ITEM_KINDS, { error: "Choose what kind of item this is." }),
  ref: z.string().trim().min(1, { error: "Choose what this item points to." }),
  task: z
    .string()
    .trim()
    .max(MAX_TASK, { error: `Keep the task under ${MAX_TASK} characters.` })
    .default(""),
});
export type ItemInput = z.input<typeof itemSchema>;

/**
 * An ISO instant with its offset ("…Z" or "…+01:00"). The form converts the
 * interviewer's wall-clock time in their own zone before sending; a value
 * without an offset would be read in the server's zone, so it is refused.
 */
const ZONED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const dueSchema = z
  .string()
  .trim()
  .min(1, { error: "Choose a due date." })
  .transform((value, ctx) => {
    const date = new Date(value);
    if (!ZONED_INSTANT.test(value) || Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: "The due date is not a valid date." });
      return z.NEVER;
    }
    return date;
  });

/**
 * The create input. `now` makes "due in the future" testable; the server
 * passes its clock, the form the browser's.
 */
export function assignmentInputSchema(catalog: ItemCatalog, now: Date) {
  return z
    .object({
      title: z
        .string()
        .trim()
        .min(1, { error: "Give the assignment a title." })
        .max(MAX_TITLE, { error: `Keep the title under ${MAX_TITLE} characters.` })
        .refine((title) => !hasControlCharacters(title), {
          error: "Use letters, digits and punctuation in the title.",
        }),
      instructions: z
        .string()
        .trim()
        .max(MAX_INSTRUCTIONS, { error: `Keep the instructions under ${MAX_INSTRUCTIONS} characters.` })
        .default(""),
      dueAt: dueSchema,
      seedMode: z.enum(SEED_MODES, { error: "Choose a seed policy." }),
      pinnedSeed: z.coerce
        .number({ error: "The pinned seed must be a whole number." })
        .int({ error: "The pinned seed must be a whole number." })
        .optional(),
      items: z
        .array(itemSchema)
        .min(1, { error: "Add at least one item." })
        .max(MAX_ITEMS, { error: `An assignment holds at most ${MAX_ITEMS} items.` }),
    })
    .superRefine((input, ctx) => {
      // Zod still runs this refinement when a field failed (non-fatal issues), so every value is re-checked for its
      // type.
      if (input.dueAt instanceof Date && input.dueAt.getTime() <= now.getTime())
        ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due date must be in the future." });
      if (
        input.seedMode === "pinned" &&
        (input.pinnedSeed === undefined || input.pinnedSeed < 1 || input.pinnedSeed > MAX_SEED)
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["pinnedSeed"],
          message: `A pinned seed is a whole number from 1 to ${MAX_SEED.toLocaleString("en")}.`,
        });
      }
      (Array.isArray(input.items) ? input.items : []).forEach((item, index) => {
        if (!(ITEM_KINDS as readonly string[]).includes(item.kind)) return;
        if (typeof item.ref === "string" && !catalog[item.kind].some((entry) => entry.ref === item.ref)) {
          ctx.addIssue({
            code: "custom",
            path: ["items", index, "ref"],
            message: `Item ${index + 1}: “${item.ref}” is not a known ${ITEM_KIND_LABELS[item.kind].toLowerCase()}.`,
          });
        }
        if (item.kind === "lab" && typeof item.task === "string" && item.task.length === 0) {
          ctx.addIssue({
            code: "custom",
            path: ["items", index, "task"],
            message: `Item ${index + 1}: a lab item needs a task for the candidate to answer.`,
          });
        }
      });
    })
    .transform((input) => ({
      ...input,
      pinnedSeed: input.seedMode === "pinned" ? (input.pinnedSeed ?? null) : null,
      // Only lab items carry a task; a task typed before switching kind is dropped.
      items: input.items.map((item) => ({ ...item, task: item.kind === "lab" ? item.task : "" })),
    }));
}
export type AssignmentInput = z.input<ReturnType<typeof assignmentInputSchema>>;
export type AssignmentData = z.output<ReturnType<typeof assignmentInputSchema>>;

/** Field errors keyed by dotted path ("title", "items.2.ref"), first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}

// Deliberately simple: one @, no spaces, a dot in the domain. Mail servers decide the rest.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type EmailListResult = { success: true; data: string[] } | { success: false; error: string; invalid: string[] };

/**
 * Emails typed one per line or separated by commas, semicolons or spaces.
 * Lowercased and de-duplicated; any malformed one fails the whole list, named.
 */
export function parseEmailList(text: string): EmailListResult {
  const tokens = text
    .split(/[\s,;]+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  const invalid = tokens.filter((t) => !EMAIL.test(t) || t.length > 254);
  if (invalid.length > 0) {
    const shown = invalid
      .slice(0, 5)
      .map((t) => `“${t}”`)
      .join(", ");
    const more = invalid.length > 5 ? ` and ${invalid.length - 5} more` : "";
    return {
      success: false,
      error: `${invalid.length === 1 ? "This is not an email address" : "These are not email addresses"}: ${shown}${more}. Nothing was changed.`,
      invalid,
    };
  }
  const data = [...new Set(tokens.map((t) => t.toLowerCase()))];
  if (data.length > MAX_EMAILS)
    return {
      success: false,
      error: `Add at most ${MAX_EMAILS} emails at a time (you typed ${data.length}). Nothing was changed.`,
      invalid: [],
    };
  return { success: true, data };
}

export const cohortNameSchema = z
  .string()
  .trim()
  .min(1, { error: "Give the cohort a name." })
  .max(TEXT_LIMITS.cohortName, { error: `Keep the name under ${TEXT_LIMITS.cohortName} characters.` })
  .refine((name) => !hasControlCharacters(name), { error: "Use letters, digits and punctuation in the name." });

export const feedbackSchema = z
  .string()
  .trim()
  .min(1, { error: "Write some feedback before saving." })
  .max(MAX_FEEDBACK, { error: `Keep feedback under ${MAX_FEEDBACK.toLocaleString("en")} characters.` });

/** Route and form ids are cuids; anything else cannot exist. */
export const idSchema = z.string().regex(/^[a-z0-9]{10,40}$/);
