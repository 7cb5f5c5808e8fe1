"use client";
import { LimitedTextarea } from "@/components/ui/limited-textarea";
import { TEXT_LIMITS } from "@/lib/text-limits";
import { useState } from "react";
import type { RubricEntry } from "@/lib/interview/prompt-schema";
import { buttonPrimary, card } from "@/components/ui/class-names";
import { RubricFields } from "./rubric-fields";

interface Props {
  readonly rubric: readonly RubricEntry[];
  readonly initial: Readonly<Record<string, number>>;
  readonly heading: string;
  /** Comments per dimension (the interviewer's scoring); off for self-assessment. */
  readonly withComments?: boolean;
  readonly submitLabel: string;
  readonly onSubmit: (scores: { dimension: string; level: number; comment: string }[]) => Promise<boolean>;
}

/** Scores each rubric dimension on its four level descriptors and sends them together. */
export function RubricForm({ rubric, initial, heading, withComments, submitLabel, onSubmit }: Props) {
  const [levels, setLevels] = useState<Record<string, number>>({ ...initial });
  const [comments, setComments] = useState<Record<string, string>>({});
  const [state, setState] = useState<"idle" | "saving" | "saved" | "error">("idle");
  const complete = rubric.every((entry) => levels[entry.dimension] !== undefined);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setState("saving");
    const ok = await onSubmit(
      rubric.flatMap((e) =>
        levels[e.dimension]
          ? [{ dimension: e.dimension, level: levels[e.dimension] ?? 1, comment: comments[e.dimension] ?? "" }]
          : [],
      ),
    ).catch(() => false);
    setState(ok ? "saved" : "error");
  };
  return (
    <form onSubmit={(event) => void submit(event)} className={`${card} space-y-4`} aria-label={heading}>
      <h2 className="text-lg font-semibold">{heading}</h2>
      <RubricFields
        rubric={rubric}
        name={(dimension) => `${heading}-${dimension}`}
        selected={levels}
        onSelect={(dimension, level) => setLevels((l) => ({ ...l, [dimension]: level }))}
        below={
          withComments
            ? (entry) => (
                <LimitedTextarea
                  maxLength={TEXT_LIMITS.scoreComment}
                  aria-label={`Comment on ${entry.label}`}
                  className="mt-1 w-full rounded-md border border-slate-300 p-2 text-sm dark:border-slate-600 dark:bg-slate-950"
                  rows={2}
                  value={comments[entry.dimension] ?? ""}
                  onChange={(e) => setComments((c) => ({ ...c, [entry.dimension]: e.target.value }))}
                />
              )
            : undefined
        }
      />
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonPrimary} disabled={!complete || state === "saving"}>
          {submitLabel}
        </button>
        <span role="status" className="text-sm text-slate-600 dark:text-slate-300">
          {state === "saved"
            ? "Scores saved."
            : state === "error"
              ? "Could not save; try again."
              : complete
                ? ""
                : "Pick a level for every dimension."}
        </span>
      </div>
    </form>
  );
}
