"use client";

import { useActionState } from "react";
import { ROLES, type Role } from "@/lib/auth/roles";
import { changeRoleAction, type AdminActionState } from "../actions";

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
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
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
