import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ROLES } from "@/lib/auth/roles";
import { accountProfile } from "@/lib/db";
import { requirePageRole } from "@/lib/session/current-user";
import { card } from "@/components/ui/class-names";
import { PasswordForm } from "./_components/password-form";
import { ProfileForm } from "./_components/profile-form";

export const metadata: Metadata = { title: "Account settings" };

/** The signed-in user's own account: name, email and password. */
export default async function AccountPage() {
  const user = await requirePageRole(ROLES, "/account");
  const profile = await accountProfile(user);
  if (!profile) notFound();
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold tracking-tight">Account settings</h1>
      <div className={`${card} mt-6`}>
        <ProfileForm name={profile.name} email={profile.email} />
      </div>
      <div className={`${card} mt-6`}>
        <PasswordForm />
      </div>
    </div>
  );
}
