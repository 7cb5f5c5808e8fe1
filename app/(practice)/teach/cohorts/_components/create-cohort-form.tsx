"use client";
import { useActionState } from "react";
import { buttonPrimary, card, inputClass } from "@/components/ui/class-names";
import { FormAlert } from "@/components/ui/form-alert";
import { useHydrated } from "@/components/ui/use-hydrated";
import { createCohortAction, type CohortState } from "../../actions";
import { TEXT_LIMITS } from "@/lib/text-limits";

/** Name a cohort; the next page shows its join code and link. */
export function CreateCohortForm() {
  const [state, action, pending] = useActionState<CohortState, FormData>(createCohortAction, { error: null });
  const hydrated = useHydrated();
  return (
    <form action={action} className={`${card} space-y-2`}>
      <div className="flex flex-wrap items-end gap-2">
        <label className="min-w-0 flex-1 basis-56 text-sm font-medium">
          New cohort name
          <input
            name="name"
            required
            maxLength={TEXT_LIMITS.cohortName}
            autoComplete="off"
            className={`${inputClass} mt-1`}
            placeholder="e.g. Backend hires, spring"
          />
        </label>
        <button type="submit" className={buttonPrimary} disabled={pending || !hydrated}>
          {pending ? "Creating…" : "Create cohort"}
        </button>
      </div>
      <FormAlert message={state.error ?? undefined} />
    </form>
  );
}
