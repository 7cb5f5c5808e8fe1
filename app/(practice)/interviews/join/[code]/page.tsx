import type { Metadata } from "next";
import { card } from "@/components/ui/class-names";
import { ConfirmForm } from "@/components/confirm-form";
import { ROLES } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/session/current-user";
import { joinInterviewAction } from "./actions";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Join a mock interview" };

/**
 * An interviewer's invite link. Opening it changes nothing (a link preview or
 * a prefetch must not take the seat); the button joins. The page does not
 * look the code up, so it tells a visitor nothing about which codes exist.
 */
export default async function JoinInterviewPage({ params }: { params: Promise<{ code: string }> }) {
  const code = (await params).code.slice(0, 32);
  await requirePageRole(ROLES, `/interviews/join/${encodeURIComponent(code)}`);
  return (
    <Page measure="form">
      <div className={`${card} space-y-3`}>
        <h1 className="text-xl font-bold tracking-tight">Join a mock interview</h1>
        <p className="text-slate-700 dark:text-slate-200">
          You are about to take the candidate&apos;s seat in the mock interview with the code{" "}
          <strong className="font-mono">{code}</strong>. The interviewer will see your notes and lab as you work.
        </p>
        <ConfirmForm
          action={joinInterviewAction}
          fields={{ code }}
          label="Join the interview"
          pendingLabel="Joining…"
        />
      </div>
    </Page>
  );
}
