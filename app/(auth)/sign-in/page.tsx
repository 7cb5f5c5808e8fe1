import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session/current-user";
import { safeCallbackPath } from "@/lib/http/safe-callback-path";
import { AuthCard } from "../_components/auth-card";
import { SignInForm } from "../_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const { callbackUrl } = await searchParams;
  // No callback: the dashboard; a callback that is not plainly a path on this site: home.
  const target = callbackUrl === undefined ? "/dashboard" : safeCallbackPath(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  return (
    <AuthCard
      title="Sign in"
      intro={
        <>
          New to Quorum?{" "}
          <Link
            href="/sign-up"
            className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-500"
          >
            Create an account
          </Link>
          .
        </>
      }
    >
      <SignInForm callbackUrl={target} />
    </AuthCard>
  );
}
