"use client";

import { useEffect, useState } from "react";
import { HeaderLink } from "./header-link";
import { SignOutButton } from "./sign-out-button";

type Status = "loading" | "authenticated" | "unauthenticated";

/**
 * next-auth's session endpoint answers `{}` to a visitor and `{ user, expires }`
 * to a member. One small fetch instead of next-auth's client and its provider,
 * which every page would otherwise download; sign-in and sign-out both end in
 * a full navigation, so the state read on load is never stale.
 */
async function fetchStatus(): Promise<Status> {
  const response = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" });
  if (!response.ok) return "unauthenticated";
  const body: unknown = await response.json();
  return typeof body === "object" && body !== null && "user" in body ? "authenticated" : "unauthenticated";
}

/** Sign in / sign up for visitors, dashboard / sign out for members. */
export function AccountLinks() {
  const [status, setStatus] = useState<Status>("loading");
  useEffect(() => {
    let live = true;
    fetchStatus().then(
      (next) => live && setStatus(next),
      () => live && setStatus("unauthenticated"),
    );
    return () => {
      live = false;
    };
  }, []);
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
