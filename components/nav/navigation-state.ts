"use client";

import { useEffect, useState } from "react";

export interface NavLinkEntry {
  readonly href: string;
  readonly label: string;
}

export type NavigationState =
  | { readonly status: "loading" }
  | { readonly status: "visitor" }
  | { readonly status: "member"; readonly entries: readonly NavLinkEntry[] };

/** What a visitor can open; a member's list comes from the server, by role. */
export const VISITOR_ENTRIES: readonly NavLinkEntry[] = [
  { href: "/learn", label: "Lessons" },
  { href: "/lab", label: "Lab" },
];

function isEntry(value: unknown): value is NavLinkEntry {
  if (typeof value !== "object" || value === null) return false;
  const { href, label } = value as Record<string, unknown>;
  return typeof href === "string" && href.startsWith("/") && typeof label === "string";
}

async function fetchNavigation(): Promise<NavigationState> {
  const response = await fetch("/api/navigation", { cache: "no-store", credentials: "same-origin" });
  if (!response.ok) return { status: "visitor" };
  const body: unknown = await response.json();
  if (typeof body !== "object" || body === null || !("entries" in body) || !Array.isArray(body.entries)) {
    return { status: "visitor" };
  }
  return { status: "member", entries: body.entries.filter(isEntry) };
}

/**
 * The signed-in menu, read once per page load: sign-in and sign-out both end
 * in a full navigation, so what is read on load is never stale.
 */
export function useNavigation(): NavigationState {
  const [state, setState] = useState<NavigationState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    fetchNavigation().then(
      (next) => live && setState(next),
      () => live && setState({ status: "visitor" }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/**
 * The entry for the page being shown: the longest href the path starts with,
 * so /interviews/new is not also /interviews.
 */
export function currentHref(pathname: string, entries: readonly NavLinkEntry[]): string | undefined {
  return entries
    .filter((entry) => pathname === entry.href || pathname.startsWith(`${entry.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
