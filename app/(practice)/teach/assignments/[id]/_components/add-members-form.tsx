"use client";
import { useActionState } from "react";
import { buttonPrimary, card, inputClass } from "@/components/ui/class-names";
import { FormAlert } from "@/components/ui/form-alert";
import { useHydrated } from "@/components/ui/use-hydrated";
import { addMembersAction, type AddMembersState } from "../../../actions";
import { CopyLink } from "../../../_components/copy-link";

const OUTCOME = { enrolled: "enrolled", invited: "invited: pass on this link", already: "already a member" } as const;

/** Add candidates by email; shows the invitation links for emails without an account. */
export function AddMembersForm({ assignmentId }: { assignmentId: string }) {
  const [state, action, pending] = useActionState<AddMembersState, FormData>(
    addMembersAction.bind(null, assignmentId),
    { error: null, added: [] },
  );
  const hydrated = useHydrated();
  return (
    <section className={`${card} space-y-3`} aria-labelledby="add-heading">
      <h2 id="add-heading" className="text-lg font-semibold">
        Add candidates
      </h2>
      <form action={action} className="space-y-2">
        <label className="block text-sm font-medium">
          Emails <span className="font-normal text-muted">(one per line or comma-separated)</span>
          <textarea
            name="emails"
            rows={3}
            required
            aria-describedby="add-hint"
            className={`${inputClass} mt-1 font-mono`}
          />
        </label>
        <p id="add-hint" className="text-sm text-muted">
          Quorum sends no email: copy each invitation link and send it yourself.
        </p>
        <FormAlert message={state.error ?? undefined} />
        <button type="submit" className={buttonPrimary} disabled={pending || !hydrated}>
          {pending ? "Adding…" : "Add"}
        </button>
      </form>
      {state.added.length > 0 ? (
        <ul className="space-y-2 text-sm" role="status">
          {state.added.map((m) => (
            <li key={m.email} className="space-y-1">
              <span>
                <span className="font-medium">{m.email}</span> — {OUTCOME[m.outcome]}
              </span>
              {m.inviteToken ? (
                <CopyLink path={`/invitations/${m.inviteToken}`} label={`Invitation link for ${m.email}`} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
