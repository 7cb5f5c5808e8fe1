import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AuthCard } from "../_components/auth-card";
import { SignUpForm } from "../_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/dashboard");
  return (
    <AuthCard
      title="Create your account"
      intro={
        <>
          Already have one?{" "}
          <Link href="/sign-in" className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-500">
            Sign in
          </Link>
          .
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
