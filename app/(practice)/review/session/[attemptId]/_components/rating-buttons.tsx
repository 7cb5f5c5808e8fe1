"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { RatingChoiceDto } from "@/lib/db";
import { focusRing } from "@/components/ui/class-names";
import { rateReviewAction } from "../../../actions";

const TONE: Record<RatingChoiceDto["label"], string> = {
  Again: "border-rose-300 hover:bg-rose-50 dark:border-rose-700 dark:hover:bg-rose-950",
  Hard: "border-amber-300 hover:bg-amber-50 dark:border-amber-700 dark:hover:bg-amber-950",
  Good: "border-emerald-300 hover:bg-emerald-50 dark:border-emerald-700 dark:hover:bg-emerald-950",
  Easy: "border-sky-300 hover:bg-sky-50 dark:border-sky-700 dark:hover:bg-sky-950",
};

/** Typing in a field (or with a modifier held) is not a rating. */
function isShortcut(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  const typing = t?.closest("input, textarea, select, [contenteditable='true']") !== null && t !== null;
  return !typing && !e.ctrlKey && !e.metaKey && !e.altKey && !e.repeat;
}

/**
 * Again / Hard / Good / Easy, each with the wait it gives the card (computed on the server), on keys 1–4 as in Anki.
 * Only the rating is sent; the server reschedules from its own copy of the card.
 */
export function RatingButtons({
  attemptId,
  questionId,
  choices,
}: {
  attemptId: string;
  questionId: string;
  choices: readonly RatingChoiceDto[];
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sent = useRef(false);

  const rate = async (rating: number) => {
    if (sent.current) return;
    sent.current = true;
    setPending(true);
    const r = await rateReviewAction({ attemptId, questionId, rating }).catch(() => ({
      ok: false as const,
      error: "The rating did not reach the server: try again.",
    }));
    if (!r.ok) {
      sent.current = false;
      setPending(false);
      setError(r.error);
      return;
    }
    router.refresh();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const choice = choices.find((c) => c.key === e.key);
      if (!choice || !isShortcut(e)) return;
      e.preventDefault();
      void rate(choice.rating);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <section className="mt-4" aria-labelledby="rate-heading" aria-busy={pending} data-testid="rating-buttons">
      <h2 id="rate-heading" className="text-sm font-medium">
        How well did you recall it? <span className="font-normal text-muted">Keys 1–4.</span>
      </h2>
      <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {choices.map((c) => (
          <button
            key={c.rating}
            type="button"
            disabled={pending}
            onClick={() => void rate(c.rating)}
            aria-keyshortcuts={c.key}
            aria-label={`${c.label}: next review in ${c.interval} (key ${c.key})`}
            className={`flex flex-col items-center rounded-lg border-2 bg-white px-3 py-2 disabled:opacity-60 dark:bg-slate-900 ${TONE[c.label]} ${focusRing}`}
          >
            <span className="font-semibold">{c.label}</span>
            <span className="text-sm tabular-nums" data-testid="rating-interval">
              {c.interval}
            </span>
            <kbd className="mt-1 rounded border border-slate-300 px-1.5 text-xs dark:border-slate-600">{c.key}</kbd>
          </button>
        ))}
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </section>
  );
}
