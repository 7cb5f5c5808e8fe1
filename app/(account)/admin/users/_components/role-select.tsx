"use client";

import { useActionState } from "react";
import { ROLES, type Role } from "@/lib/auth/roles";
import { changeRoleAction, type AdminActionState } from "../actions";

/** What a role change does, in the confirmation an admin reads before it happens. */
const WHAT_THEY_GET: Record<Role, string> = {
  candidate: "They keep their own practice and lose any teaching, authoring and admin pages.",
  interviewer: "They can lead interviews, create cohorts and assignments, and read their members' work.",
  author: "They can use the authoring tools (lesson inventory and preview).",
  admin: "They can manage every account: roles, deactivation and password reset links.",
};

/** The role of an account; a change asks for confirmation, saying what the account gains or loses. */
export function RoleSelect({
  userId,
  role,
  disabled,
  label,
}: {
  userId: string;
  role: Role;
  disabled: boolean;
  label: string;
}) {
  const [state, action, pending] = useActionState<AdminActionState, FormData>(changeRoleAction, null);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <select
        name="role"
        defaultValue={role}
        aria-label={label}
        disabled={disabled || pending}
        onChange={(event) => {
          const next = event.currentTarget.value as Role;
          const target = label.replace(/^Role of /, "");
          if (window.confirm(`Change ${target} from ${role} to ${next}? ${WHAT_THEY_GET[next]}`))
            event.currentTarget.form?.requestSubmit();
          else event.currentTarget.value = role;
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
      >
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
      <span role="status" className={state?.ok === false ? "text-rose-600" : "text-muted"}>
        {pending ? "Saving…" : state?.message}
      </span>
    </form>
  );
}
