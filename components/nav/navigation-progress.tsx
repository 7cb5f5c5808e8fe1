"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { navigationTarget } from "./navigation-target";

/** Quick navigations show nothing: the bar appears only when the next page takes longer than this. */
const SHOW_AFTER_MS = 150;
/** A navigation the router dropped (an error page, a cancelled click) must not leave the bar running. */
const GIVE_UP_AFTER_MS = 15_000;

/**
 * A thin bar along the top of the window while the next page loads, on every route: most pages answer 404 to a
 * reader who may not see them, and a route's loading skeleton would send a 200 before that check, so the pending
 * state lives here, in the page being left. It starts on a click on a link to another page of this site and ends
 * when the address changes.
 */
export function NavigationProgress() {
  const address = `${usePathname()}?${useSearchParams().toString()}`;
  // The address a navigation started from, and the one the bar was shown for: both stop counting once it changes.
  const [leaving, setLeaving] = useState<string | null>(null);
  const [shownFor, setShownFor] = useState<string | null>(null);
  const pending = leaving === address;

  useEffect(() => {
    // Capture: the router's own link handler cancels the click's default before a bubbling listener would see it.
    const onClick = (event: MouseEvent) => {
      const { pathname, search } = window.location;
      if (navigationTarget(event, window.location)) setLeaving(`${pathname}?${new URLSearchParams(search).toString()}`);
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, []);

  useEffect(() => {
    if (!pending) return;
    const show = setTimeout(() => setShownFor(address), SHOW_AFTER_MS);
    const stop = setTimeout(() => setLeaving(null), GIVE_UP_AFTER_MS);
    return () => {
      clearTimeout(show);
      clearTimeout(stop);
    };
  }, [pending, address]);

  if (!pending || shownFor !== address) return null;
  return (
    <div className="fixed inset-x-0 top-0 z-[60] h-0.5 overflow-hidden" data-testid="navigation-progress">
      <div className="h-full w-1/3 animate-[navigation-progress_1.2s_ease-in-out_infinite] bg-brand-600 motion-reduce:w-full motion-reduce:animate-pulse dark:bg-brand-500" />
      <p className="sr-only" role="status">
        Loading the page…
      </p>
    </div>
  );
}
