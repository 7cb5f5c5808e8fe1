import type { Metadata } from "next";
import { ROLES } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/session/current-user";
import { JoinForm } from "../_components/join-form";
import { JoinShell } from "../_components/join-shell";

export const metadata: Metadata = { title: "Join a cohort" };

/**
 * A join link: shows the code ready to join, and only the button joins (a
 * link preview or prefetch must not enrol anyone). The code is not looked up
 * here, so the page tells a visitor nothing about which codes exist.
 */
export default async function JoinByLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const code = (await params).code.slice(0, 32);
  await requirePageRole(ROLES, `/join/${encodeURIComponent(code)}`);
  return (
    <JoinShell intro="You followed a cohort's join link. Joining puts every assignment given to the cohort, now and later, in your inbox.">
      <JoinForm initialError={null} initialCode={code} />
    </JoinShell>
  );
}
