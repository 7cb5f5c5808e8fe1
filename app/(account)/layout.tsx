import { requirePageRole } from "@/lib/session/current-user";
import { ROLES } from "@/lib/auth/roles";
import { Page } from "@/components/ui/page";

/** Signed-in pages: the menu is the header's, the same on every page; here only the shared container. */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  await requirePageRole(ROLES, "/dashboard");
  return <Page>{children}</Page>;
}
