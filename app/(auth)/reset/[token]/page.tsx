import type { Metadata } from "next";
import { RESET_REFUSALS, resetPreview } from "@/lib/db";
import { FormAlert } from "@/components/ui/form-alert";
import { AuthCard } from "../../_components/auth-card";
import { ResetForm } from "./_components/reset-form";

export const metadata: Metadata = { title: "Set a new password", referrer: "no-referrer" };

/** A one-time reset link an administrator issued: set a new password, or read why the link no longer works. */
export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await resetPreview(token, new Date());
  return (
    <AuthCard
      title="Set a new password"
      intro={state.ok ? `For ${state.name} (${state.email}). This link works once.` : "This link cannot be used."}
    >
      {state.ok ? (
        <ResetForm token={token} email={state.email} />
      ) : (
        <FormAlert message={RESET_REFUSALS[state.reason]} />
      )}
    </AuthCard>
  );
}
