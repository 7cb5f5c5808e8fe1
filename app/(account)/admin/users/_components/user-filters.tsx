import { ROLES } from "@/lib/auth/roles";
import { USER_SORTS, USER_STATUSES, type UserQuery } from "@/lib/db";
import { buttonSecondary, inputCompact } from "@/components/ui/class-names";

const SORT_LABELS: Record<(typeof USER_SORTS)[number], string> = {
  newest: "Newest first",
  oldest: "Oldest first",
  name: "Name",
  email: "Email",
};

/** Search and filters as a plain GET form: the server does the work, and the URL keeps the view. */
export function UserFilters({ query }: { query: UserQuery }) {
  return (
    <form method="get" role="search" aria-label="Find accounts" className="mt-4 flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1">
        Name or email
        <input type="search" name="q" defaultValue={query.q} maxLength={100} className={inputCompact} />
      </label>
      <label className="flex flex-col gap-1">
        Role
        <select name="role" defaultValue={query.role ?? ""} className={inputCompact}>
          <option value="">Any role</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        Status
        <select name="status" defaultValue={query.status ?? ""} className={inputCompact}>
          <option value="">Any status</option>
          {USER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s === "active" ? "Active" : "Deactivated"}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        Sort
        <select name="sort" defaultValue={query.sort} className={inputCompact}>
          {USER_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonSecondary}>
        Search
      </button>
    </form>
  );
}
