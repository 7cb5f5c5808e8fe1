import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { rolesAllowed } from "@/lib/auth/access-rules";
import { requirePageRole } from "@/lib/session/current-user";
import { listUsers } from "@/lib/db";
import { readerTimeZone } from "@/lib/request/time-zone";
import { UserRow } from "./_components/user-row";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requirePageRole(rolesAllowed("users.list"), "/admin/users");
  const [users, timeZone] = await Promise.all([listUsers(admin.id), readerTimeZone()]);
  if (!users) notFound();
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">Users</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">
        {users.length} {users.length === 1 ? "account" : "accounts"}. Deactivated users keep their data but cannot sign
        in.
      </p>
      <div className="mt-6 overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">All user accounts</caption>
          <thead className="bg-slate-50 text-slate-600 dark:bg-slate-900 dark:text-slate-300">
            <tr>
              <th scope="col" className="px-3 py-3 sm:px-4 font-semibold">
                User
              </th>
              <th scope="col" className="px-3 py-3 sm:px-4 font-semibold">
                Role
              </th>
              <th scope="col" className="px-3 py-3 sm:px-4 font-semibold max-sm:hidden">
                Joined
              </th>
              <th scope="col" className="px-3 py-3 sm:px-4 font-semibold">
                Status
              </th>
              <th scope="col" className="px-3 py-3 sm:px-4 font-semibold">
                Password
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {users.map((user) => (
              <UserRow key={user.id} user={user} self={user.id === admin.id} timeZone={timeZone} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
