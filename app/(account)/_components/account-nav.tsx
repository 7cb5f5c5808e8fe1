import { navigationFor } from "@/lib/auth/navigation";
import type { Role } from "@/lib/auth/roles";
import { NavLink } from "./nav-link";

export function AccountNav({ role }: { role: Role }) {
  return (
    <nav aria-label="Account" className="md:w-52 md:shrink-0">
      <ul className="flex gap-1 overflow-x-auto md:flex-col">
        {navigationFor(role).map((entry) => (
          <li key={entry.href}>
            <NavLink href={entry.href}>{entry.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
