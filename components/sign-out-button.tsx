"use client";

import { useState } from "react";
import { useHydrated } from "./ui/use-hydrated";

async function signOutAndLeave(): Promise<void> {
  // next-auth's client (CSRF token, then the sign-out POST) is fetched on the click, not with every page.
  const { signOut } = await import("next-auth/react");
  await signOut({ redirect: false });
  // A full navigation drops every client-cached page rendered while signed in.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign("/");
}

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      disabled={pending || !hydrated}
      onClick={() => {
        setPending(true);
        void signOutAndLeave().catch(() => setPending(false)); // offline: the button comes back to try again
      }}
      className="whitespace-nowrap rounded-md px-2 py-1.5 sm:px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-60 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
