import type { Metadata } from "next";
import Link from "next/link";
import { buttonPrimary, buttonSecondary, card } from "@/components/ui/class-names";
import { getCurrentUser } from "@/lib/session/current-user";
import { invitationPreview } from "@/lib/db";
import { readerTimeZone } from "@/lib/request/time-zone";
import { LocalTime } from "@/components/ui/local-time";
import { ConfirmForm } from "@/components/confirm-form";
import { acceptInvitationAction } from "./actions";
import { tokenSchema } from "./token";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Assignment invitation" };

function Message({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Page measure="form">
      <div className={`${card} space-y-3`}>
        <h1 className="text-xl font-bold tracking-tight">{title}</h1>
        {children}
      </div>
    </Page>
  );
}

/**
 * An invitation link. Opening it changes nothing (a link preview or a
 * prefetch must not accept it for someone). Signed in: what the invitation is
 * and a button that accepts it for this account (the token is the proof,
 * whatever the email). Signed out: sign up (which accepts it with the new
 * account) or sign in and come back here.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const parsed = tokenSchema.safeParse(token);
  const user = await getCurrentUser();
  const preview = parsed.success ? await invitationPreview(parsed.data) : null;
  if (!preview || preview.claimed) {
    return (
      <Message title={preview?.claimed ? "This invitation was already accepted" : "This invitation link does not work"}>
        <p className="text-slate-700 dark:text-slate-200">
          {preview?.claimed
            ? "Someone has already accepted this invitation. If it was you, sign in to find the assignment in your inbox."
            : "The link is not valid: check that you copied all of it, or ask the interviewer to send it again."}
        </p>
        <Link
          href={user ? "/assignments" : "/sign-in?callbackUrl=%2Fassignments"}
          className={`${buttonSecondary} inline-block`}
        >
          {user ? "Go to your assignments" : "Sign in"}
        </Link>
      </Message>
    );
  }
  const back = encodeURIComponent(`/invitations/${token}`);
  const timeZone = await readerTimeZone();
  if (user) {
    return (
      <Message title="You have been given an assignment">
        <p className="text-slate-700 dark:text-slate-200">
          {preview.ownerName} invited you to <strong>{preview.title}</strong>, due{" "}
          <LocalTime iso={preview.dueAt} timeZone={timeZone} />. Accepting adds it to the inbox of the account you are
          signed in with ({user.email}).
        </p>
        <ConfirmForm
          action={acceptInvitationAction}
          fields={{ token }}
          label="Accept the invitation"
          pendingLabel="Accepting…"
        />
      </Message>
    );
  }
  return (
    <Message title="You have been given an assignment">
      <p className="text-slate-700 dark:text-slate-200">
        {preview.ownerName} invited you to <strong>{preview.title}</strong>, due{" "}
        <LocalTime iso={preview.dueAt} timeZone={timeZone} />. Create an account or sign in to start it.
      </p>
      <div className="flex flex-wrap gap-2">
        <Link href={`/sign-up?invite=${encodeURIComponent(token)}`} className={buttonPrimary}>
          Create an account
        </Link>
        <Link href={`/sign-in?callbackUrl=${back}`} className={buttonSecondary}>
          I have an account: sign in
        </Link>
      </div>
    </Message>
  );
}
