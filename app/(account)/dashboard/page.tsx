import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/session";
import { ROLES } from "@/lib/auth/roles";
import { RoleBadge } from "../_components/role-badge";
import { LessonsProgressCard } from "@/app/(learn)/_components/lessons-progress-card";
import { MasteryCard } from "@/components/quiz/mastery-card";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageRole(ROLES, "/dashboard");
  return (
    <div>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Welcome, {user.name}</h1>
        <RoleBadge role={user.role} />
      </div>
      <p className="mt-2 text-slate-600 dark:text-slate-300">Signed in as {user.email}.</p>
      <LessonsProgressCard userId={user.id} />
      <MasteryCard userId={user.id} />
    </div>
  );
}
