import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AuthCard } from "../_components/auth-card";
import { safeCallbackUrl } from "../_components/safe-callback";
import { SignInForm } from "../_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const target = safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : undefined);
  if (await getCurrentUser()) redirect(target);
  return (
    <AuthCard
      title="Sign in"
      intro={
        <>
          New to Quorum?{" "}
          <Link href="/sign-up" className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-500">
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
