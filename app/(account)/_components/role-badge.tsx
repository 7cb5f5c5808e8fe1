import type { Role } from "@/lib/auth/roles";

const LABELS: Record<Role, string> = {
  candidate: "Candidate",
  interviewer: "Interviewer",
  author: "Author",
  admin: "Admin",
};

export function RoleBadge({ role }: { role: Role }) {
  return (
    <span className="rounded-full border border-brand-500/40 bg-brand-50 px-2.5 py-0.5 text-xs font-semibold text-brand-700 dark:bg-slate-800 dark:text-brand-100">
      {LABELS[role]}
    </span>
  );
}
