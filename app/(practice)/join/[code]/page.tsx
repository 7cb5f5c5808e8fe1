import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ROLES } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { joinCohort } from "@/lib/db";
import { JoinForm } from "../_components/join-form";
import { JoinShell } from "../_components/join-shell";

export const metadata: Metadata = { title: "Join a cohort" };

/** A join link: after sign-in, joins at once and opens the inbox; a bad code shows the form with the reason. */
export default async function JoinByLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = raw.slice(0, 64);
  const user = await requirePageRole(ROLES, `/join/${encodeURIComponent(code)}`);
  const r = await joinCohort({ id: user.id, role: user.role }, code);
  if (r.ok) redirect(`/assignments?joined=${encodeURIComponent(r.data.cohortId)}`);
  return (
    <JoinShell>
      <JoinForm initialError={r.message} initialCode={code} />
    </JoinShell>
  );
}
