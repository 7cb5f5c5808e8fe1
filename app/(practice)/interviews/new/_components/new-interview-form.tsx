"use client";
import { useActionState } from "react";
import { buttonPrimary, card, focusRing, inputClass } from "@/components/ui/class-names";
import { useHydrated } from "@/components/ui/use-hydrated";
import { createInterviewAction, type CreateState } from "../../actions";

interface Props {
  readonly prompts: readonly { slug: string; title: string; summary: string; labTitle: string }[];
  readonly canLead: boolean;
}

/** Pick a prompt, a duration and (for interviewers) whether to lead a candidate. */
export function NewInterviewForm({ prompts, canLead }: Props) {
  const [state, action, pending] = useActionState<CreateState, FormData>(createInterviewAction, { error: null });
  const hydrated = useHydrated();
  return (
    <form action={action} className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">Prompt</legend>
        <div className="grid gap-2 md:grid-cols-2">
          {prompts.map((prompt, index) => (
            <label
              key={prompt.slug}
              className={`${card} flex cursor-pointer gap-3 has-[:checked]:border-brand-600 has-[:checked]:ring-1 has-[:checked]:ring-brand-600`}
            >
              <input
                type="radio"
                name="promptSlug"
                value={prompt.slug}
                defaultChecked={index === 0}
                className={`mt-1 ${focusRing}`}
              />
              <span>
                <span className="block font-semibold">{prompt.title}</span>
                <span className="block text-sm text-slate-600 dark:text-slate-300">{prompt.summary}</span>
                <span className="mt-1 block text-xs text-muted">Deep-dive lab: {prompt.labTitle}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-4">
        <label className="text-sm font-medium">
          Minutes
          <input
            name="durationMin"
            type="number"
            min={5}
            max={120}
            defaultValue={45}
            className={`${inputClass} mt-1 w-28`}
          />
        </label>
        {canLead ? (
          <fieldset className="text-sm">
            <legend className="font-medium">Who takes it</legend>
            <label className="mr-4">
              <input type="radio" name="mode" value="solo" defaultChecked className={focusRing} /> Me, solo
            </label>
            <label>
              <input type="radio" name="mode" value="led" className={focusRing} /> A candidate I invite
            </label>
          </fieldset>
        ) : (
          <input type="hidden" name="mode" value="solo" />
        )}
        <button type="submit" className={buttonPrimary} disabled={pending || !hydrated}>
          {pending ? "Starting…" : "Start"}
        </button>
      </div>
      {state.error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
