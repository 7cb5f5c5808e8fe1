import { FormAlert } from "@/components/ui/form-alert";
import type { AccountFormState } from "../actions";

/** A settings form's outcome: the confirmation, or the form-level error (field errors sit by their fields). */
export function FormStatus({ state }: { state: AccountFormState }) {
  if (!state) return null;
  if (state.ok)
    return (
      <p role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-300">
        {state.message}
      </p>
    );
  return <FormAlert message={state.fieldErrors.form} />;
}

export function fieldError(state: AccountFormState, field: string): string | undefined {
  return state && !state.ok ? state.fieldErrors[field] : undefined;
}
