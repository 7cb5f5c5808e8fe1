"use client";

import { useSession } from "next-auth/react";
import { HeaderLink } from "./header-link";
import { SignOutButton } from "./sign-out-button";

/** Sign in / sign up for visitors, dashboard / sign out for members. */
export function AccountLinks() {
  const { status } = useSession();
  if (status === "loading") {
    // Holds the space the links will take, so nothing shifts when they appear.
    return <span aria-hidden="true" className="inline-block h-8 w-32" />;
  }
  if (status === "authenticated") {
    return (
      <>
        <HeaderLink href="/dashboard">Dashboard</HeaderLink>
        <SignOutButton />
      </>
    );
  }
  return (
    <>
      <HeaderLink href="/sign-in">Sign in</HeaderLink>
      <HeaderLink href="/sign-up" primary>
        Sign up
      </HeaderLink>
    </>
  );
}
