import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { rolesAllowed } from "@/lib/auth/access-rules";
import { requirePageRole } from "@/lib/session/current-user";
import { userPage, UserQuerySchema } from "@/lib/db";
import { readerTimeZone } from "@/lib/request/time-zone";
import { Pagination } from "./_components/pagination";
import { UserFilters } from "./_components/user-filters";
import { UserRow } from "./_components/user-row";

export const metadata: Metadata = { title: "Users" };

/** Every account, searched, filtered, sorted and paged on the server (the search parameters are parsed by zod). */
export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requirePageRole(rolesAllowed("users.list"), "/admin/users");
  const query = UserQuerySchema.parse(await searchParams);
  const [found, timeZone] = await Promise.all([userPage(admin.id, query), readerTimeZone()]);
  if (!found) notFound();
  const { users, total } = found;
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">Users</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">
        {total} {total === 1 ? "account" : "accounts"}
        {query.q || query.role || query.status ? " match" : ""}. Deactivated users keep their data but cannot sign in.
      </p>
      <UserFilters query={query} />
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
      {users.length === 0 ? <p className="mt-4 text-sm">No account matches this search.</p> : null}
      <Pagination query={query} page={found.page} pages={found.pages} />
    </div>
  );
}
