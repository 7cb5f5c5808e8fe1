"use client";
import { useEffect, useState, useTransition } from "react";
import { z } from "zod";
import { readLocalCopy, writeLocalCopy } from "@/components/autosave/local-copy";
import { useWarnBeforeLeaving } from "@/components/autosave/use-warn-before-leaving";
import { buttonPrimary, inputClass } from "@/components/ui/class-names";
import { FormAlert } from "@/components/ui/form-alert";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  assignmentInputSchema,
  fieldErrors,
  ITEM_KINDS,
  MAX_ITEMS,
  parseEmailList,
  type ItemCatalog,
} from "@/lib/assignments/schema";
import { MAX_SEED, SEED_MODES, type SeedMode } from "@/lib/assignments/seeds";
import { zonedDateTimeToIso } from "@/lib/dates";
import { createAssignmentAction } from "../../../actions";
import { ItemList, type DraftItem } from "./item-list";
import { NEW_ASSIGNMENT_DRAFT_KEY } from "../../../_components/draft-key";
import { LimitedTextarea } from "@/components/ui/limited-textarea";
import { TEXT_LIMITS } from "@/lib/text-limits";

interface Props {
  readonly catalog: ItemCatalog;
  readonly cohorts: readonly { id: string; name: string; memberCount: number }[];
  /** Preselected cohort (arriving from a cohort's page); one of `cohorts`. */
  readonly cohortId?: string;
  /**
   * The interviewer's IANA zone, as the server read it: the due time is wall-clock time there, and the label says so.
   */
  readonly timeZone: string;
}

interface Draft {
  title: string;
  instructions: string;
  due: string;
  seedMode: SeedMode;
  pinnedSeed: string;
  items: DraftItem[];
  emails: string;
  cohortId: string;
}

const DRAFT_KEY = NEW_ASSIGNMENT_DRAFT_KEY;
/**
 * What this browser may hand back: the form's own shape, each text within its field's limit (a corrupt or foreign copy
 * is dropped).
 */
const storedDraftSchema = z
  .object({
    title: z.string().max(TEXT_LIMITS.assignmentTitle),
    instructions: z.string().max(TEXT_LIMITS.assignmentInstructions),
    due: z.string().max(40),
    seedMode: z.enum(SEED_MODES),
    pinnedSeed: z.string().max(20),
    items: z
      .array(
        z.object({
          key: z.number().int(),
          kind: z.enum(ITEM_KINDS),
          ref: z.string().max(200),
          task: z.string().max(TEXT_LIMITS.itemTask),
        }),
      )
      .max(MAX_ITEMS),
    emails: z.string().max(100_000),
    cohortId: z.string().max(100),
  })
  .partial();

function initialDraft(catalog: ItemCatalog, cohortId = ""): Draft {
  return {
    title: "",
    instructions: "",
    due: "",
    seedMode: "per-candidate",
    pinnedSeed: "",
    items: [{ key: 1, kind: "lesson", ref: catalog.lesson[0]?.ref ?? "", task: "" }],
    emails: "",
    cohortId,
  };
}

const err = (message: string | undefined, id: string) =>
  message ? (
    <p id={id} className="mt-1 text-sm font-medium text-rose-600 dark:text-rose-400">
      {message}
    </p>
  ) : null;

/**
 * The create form. It checks with the same schema as the server. Nothing reaches the server before Create
 * (an assignment is given to candidates at once), so the draft is kept in this browser as you type, comes
 * back after a reload, and leaving with one asks first; the new assignment's page drops it.
 */
export function AssignmentForm({ catalog, cohorts, cohortId, timeZone }: Props) {
  const hydrated = useHydrated();
  const [draft, setDraft] = useState<Draft>(() => initialDraft(catalog, cohortId));
  const [loaded, setLoaded] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const saved = readLocalCopy(DRAFT_KEY, storedDraftSchema);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- restoring a saved draft once, after hydration
    if (saved) setDraft({ ...initialDraft(catalog), ...saved, ...(cohortId ? { cohortId } : {}) });
    setLoaded(true);
  }, [catalog, cohortId]);
  useEffect(() => {
    if (loaded) writeLocalCopy(DRAFT_KEY, draft);
  }, [draft, loaded]);
  const unsent = loaded && JSON.stringify(draft) !== JSON.stringify(initialDraft(catalog, cohortId));
  useWarnBeforeLeaving(unsent && !pending);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  // Pinning starts from a drawn seed the interviewer may keep or change, rather than an empty box and an error.
  const pinOneSeed = () =>
    setDraft((d) => ({
      ...d,
      seedMode: "pinned",
      pinnedSeed: d.pinnedSeed || String(1 + Math.floor(Math.random() * MAX_SEED)),
    }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    // A datetime-local value has no zone: read it in the zone the label names, so the server gets an unambiguous
    // instant.
    const dueAt = zonedDateTimeToIso(draft.due, timeZone);
    const assignment = {
      title: draft.title,
      instructions: draft.instructions,
      dueAt: dueAt ?? draft.due,
      seedMode: draft.seedMode,
      pinnedSeed: draft.seedMode === "pinned" ? draft.pinnedSeed : undefined,
      items: draft.items.map(({ kind, ref, task }) => ({ kind, ref, task })),
    };
    const local = assignmentInputSchema(catalog, new Date()).safeParse(assignment);
    const emails = parseEmailList(draft.emails);
    const found = local.success ? {} : fieldErrors(local.error);
    if (!emails.success) found.emails = emails.error;
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError("Nothing was created yet: fix the fields marked below.");
      return;
    }
    setFormError(null);
    startTransition(async () => {
      const result = await createAssignmentAction({
        assignment,
        emails: draft.emails,
        cohortId: draft.cohortId || null,
      });
      // Only failures come back: success redirects to the new assignment.
      setErrors(result.fieldErrors);
      setFormError(result.error);
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <FormAlert message={formError ?? undefined} />
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <label className="block text-sm font-medium">
          Title
          <input
            value={draft.title}
            onChange={(e) => set("title", e.target.value)}
            maxLength={TEXT_LIMITS.assignmentTitle}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby="title-error"
            className={`${inputClass} mt-1`}
          />
          {err(errors.title, "title-error")}
        </label>
        <label className="block text-sm font-medium">
          Due <span className="font-normal text-muted">({timeZone})</span>
          <input
            type="datetime-local"
            value={draft.due}
            onChange={(e) => set("due", e.target.value)}
            aria-invalid={errors.dueAt ? true : undefined}
            aria-describedby="due-error"
            className={`${inputClass} mt-1`}
          />
          {err(errors.dueAt, "due-error")}
        </label>
      </div>
      <label className="block text-sm font-medium">
        Instructions <span className="font-normal text-muted">(optional; candidates see them first)</span>
        <LimitedTextarea
          maxLength={TEXT_LIMITS.assignmentInstructions}
          value={draft.instructions}
          onChange={(e) => set("instructions", e.target.value)}
          rows={3}
          aria-invalid={errors.instructions ? true : undefined}
          className={`${inputClass} mt-1`}
        />
        {err(errors.instructions, "instructions-error")}
      </label>
      <ItemList items={draft.items} catalog={catalog} errors={errors} onChange={(items) => set("items", items)} />
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">Seeds for quizzes and labs</legend>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="seedMode"
            checked={draft.seedMode === "per-candidate"}
            onChange={() => set("seedMode", "per-candidate")}
            className="mt-1"
          />
          <span>
            <span className="font-medium">A different variant per candidate</span> — reproducible: you can replay each
            candidate&apos;s exact run.
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="seedMode"
            checked={draft.seedMode === "pinned"}
            onChange={pinOneSeed}
            className="mt-1"
          />
          <span>
            <span className="font-medium">The same variant for everyone</span> — pin one seed so answers compare
            directly.
          </span>
        </label>
        {draft.seedMode === "pinned" ? (
          <label className="ml-6 block text-sm font-medium">
            Pinned seed (1–{MAX_SEED.toLocaleString("en")})
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_SEED}
              value={draft.pinnedSeed}
              onChange={(e) => set("pinnedSeed", e.target.value)}
              aria-invalid={errors.pinnedSeed ? true : undefined}
              className={`${inputClass} mt-1 w-40`}
            />
            {err(errors.pinnedSeed, "seed-error")}
          </label>
        ) : null}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Candidates</legend>
        <div className="text-sm font-medium">
          <label htmlFor="assignment-cohort">
            Cohort <span className="font-normal text-muted">(its current members are enrolled)</span>
          </label>
          <select
            id="assignment-cohort"
            value={draft.cohortId}
            onChange={(e) => set("cohortId", e.target.value)}
            className={`${inputClass} mt-1`}
          >
            <option value="">No cohort</option>
            {cohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.memberCount} {c.memberCount === 1 ? "member" : "members"})
              </option>
            ))}
          </select>
          {err(errors.cohortId, "cohort-error")}
        </div>
        <label className="block text-sm font-medium">
          Emails <span className="font-normal text-muted">(one per line or comma-separated)</span>
          <textarea
            value={draft.emails}
            onChange={(e) => set("emails", e.target.value)}
            rows={4}
            aria-invalid={errors.emails ? true : undefined}
            aria-describedby="emails-hint emails-error"
            className={`${inputClass} mt-1 font-mono`}
            placeholder={"ada@example.com\ngrace@example.com"}
          />
          <span id="emails-hint" className="mt-1 block text-sm font-normal text-muted">
            People with an account are enrolled at once. Others get an invitation link you copy from the next page —
            Quorum sends no email.
          </span>
          {err(errors.emails, "emails-error")}
        </label>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending || !hydrated} aria-busy={pending} className={buttonPrimary}>
          {pending ? "Creating…" : "Create assignment"}
        </button>
        {unsent ? (
          <p
            role="status"
            data-testid="save-status"
            data-status="local"
            className="text-sm text-slate-600 dark:text-slate-300"
          >
            Draft saved in this browser: candidates get nothing until you press Create.
          </p>
        ) : null}
      </div>
    </form>
  );
}
