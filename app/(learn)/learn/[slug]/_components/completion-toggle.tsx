"use client";

import Link from "next/link";
import { useEffect, useState, useTransition } from "react";
import { loadCompletion, setLessonCompletion, type CompletionState } from "../actions";

/** The lesson page is static, so the reader's own progress is fetched after it loads. */
export function CompletionToggle({ slug }: { slug: string }) {
  const [state, setState] = useState<CompletionState | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    let live = true;
    loadCompletion(slug).then(
      (loaded) => live && setState(loaded),
      () => live && setState({ signedIn: false }),
    );
    return () => {
      live = false;
    };
  }, [slug]);

  if (!state)
    return (
      <p className="text-sm text-muted" aria-live="polite">
        Loading your progress…
      </p>
    );
  if (!state.signedIn) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        <Link
          href={`/sign-in?callbackUrl=${encodeURIComponent(`/learn/${slug}`)}`}
          className="font-medium text-brand-700 underline dark:text-brand-100"
        >
          Sign in
        </Link>{" "}
        to mark lessons complete.
      </p>
    );
  }
  const toggle = () =>
    startTransition(async () => {
      const result = await setLessonCompletion({ slug, complete: !state.complete });
      if (result.ok) {
        setState({ signedIn: true, complete: result.complete });
        setError(undefined);
      } else setError(result.error);
    });
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={toggle}
        disabled={pending}
        aria-pressed={state.complete}
        className={`rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60 ${state.complete ? "border border-emerald-600 text-emerald-800 dark:text-emerald-300" : "bg-brand-600 text-white hover:bg-brand-700"}`}
      >
        {state.complete ? "Completed ✓ (undo)" : "Mark lesson complete"}
      </button>
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {error ?? (state.complete ? "Saved to your progress." : "")}
      </p>
    </div>
  );
}
