import { LocalTime } from "@/components/ui/local-time";
import type { ManagedUserDto } from "@/lib/db";
import { ActiveToggle } from "./active-toggle";
import { ResetLink } from "./reset-link";
import { RoleSelect } from "./role-select";

export function UserRow({ user, self, timeZone }: { user: ManagedUserDto; self: boolean; timeZone: string }) {
  return (
    <tr className={user.deactivated ? "text-slate-400" : undefined}>
      <td className="px-3 py-3 sm:px-4">
        <div className="font-medium">
          {user.name}
          {self ? " (you)" : ""}
        </div>
        <div className="break-all text-muted">{user.email}</div>
      </td>
      <td className="px-3 py-3 sm:px-4">
        <RoleSelect userId={user.id} role={user.role} disabled={self} label={`Role of ${user.email}`} />
      </td>
      <td className="px-3 py-3 sm:px-4 whitespace-nowrap max-sm:hidden">
        <LocalTime iso={user.createdAt} timeZone={timeZone} withTime={false} />
      </td>
      <td className="px-3 py-3 sm:px-4">
        <ActiveToggle userId={user.id} deactivated={user.deactivated} disabled={self} email={user.email} />
      </td>
      <td className="px-3 py-3 sm:px-4">
        <ResetLink userId={user.id} email={user.email} timeZone={timeZone} />
      </td>
    </tr>
  );
}
