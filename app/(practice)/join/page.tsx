import type { Metadata } from "next";
import { ROLES } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/session/current-user";
import { JoinForm } from "./_components/join-form";
import { JoinShell } from "./_components/join-shell";

export const metadata: Metadata = { title: "Join a cohort" };

export default async function JoinPage() {
  await requirePageRole(ROLES, "/join");
  return (
    <JoinShell intro="Your interviewer gives a cohort a join code. Joining gives you every assignment of the cohort, now and later, in your inbox.">
      <JoinForm initialError={null} initialCode="" />
    </JoinShell>
  );
}
