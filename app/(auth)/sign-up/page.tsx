import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/session/current-user";
import { invitationPreview } from "@/lib/db";
import { AuthCard } from "../_components/auth-card";
import { SignUpForm } from "../_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

const inviteSchema = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/);

/** ?invite=<token>: the account is created with the invitation accepted, and lands on the assignment. */
export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).invite;
  const invite = inviteSchema.safeParse(raw);
  const token = invite.success ? invite.data : undefined;
  if (await getCurrentUser()) redirect(token ? `/invitations/${token}` : "/dashboard");
  const preview = token ? await invitationPreview(token) : null;
  const signInHref = token ? `/sign-in?callbackUrl=${encodeURIComponent(`/invitations/${token}`)}` : "/sign-in";
  return (
    <AuthCard
      title="Create your account"
      intro={
        <>
          {preview && !preview.claimed ? (
            <>
              {preview.ownerName} invited you to{" "}
              <strong className="font-semibold text-slate-900 dark:text-slate-100">{preview.title}</strong>. Your
              account opens it straight away.{" "}
            </>
          ) : null}
          Already have one?{" "}
          <Link
            href={signInHref}
            className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-500"
          >
            Sign in
          </Link>
          .
        </>
      }
    >
      <SignUpForm {...(preview && !preview.claimed && token ? { inviteToken: token } : {})} />
    </AuthCard>
  );
}
