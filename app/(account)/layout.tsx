import { requirePageRole } from "@/lib/session/current-user";
import { ROLES } from "@/lib/auth/roles";
import { AccountNav } from "./_components/account-nav";

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageRole(ROLES, "/dashboard");
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8 md:flex-row">
      <AccountNav role={user.role} />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
