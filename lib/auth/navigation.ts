import { rolesAllowed } from "./access-rules";
import { ROLES, type Role } from "./roles";

export interface NavEntry {
  readonly href: string;
  readonly label: string;
  /** Who sees the entry. Pages check the role again on the server. */
  readonly roles: readonly Role[];
}

const ALL = ROLES;

/** The signed-in menu, one list for every feature: add an entry when its page exists. */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { href: "/dashboard", label: "Overview", roles: ALL },
  { href: "/learn", label: "Lessons", roles: ALL },
  { href: "/lab", label: "Lab", roles: ALL },
  { href: "/interviews", label: "Interviews", roles: ALL },
  { href: "/interviews/new", label: "Lead an interview", roles: rolesAllowed("interview.start-led") },
  { href: "/review", label: "Review", roles: ALL },
  { href: "/assignments", label: "Assignments", roles: ALL },
  { href: "/teach", label: "Teaching", roles: rolesAllowed("assignment.list") },
  { href: "/authoring", label: "Authoring", roles: ["author", "admin"] },
  { href: "/admin/users", label: "Users", roles: rolesAllowed("users.list") },
  { href: "/account", label: "Account settings", roles: rolesAllowed("account.update") },
];

export function navigationFor(role: Role): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => entry.roles.includes(role));
}
