import Link from "next/link";
import type { ReviewQueueDto } from "@/lib/db";
import { relativeTime } from "@/lib/dates";
import { card, link, muted } from "@/components/ui/class-names";

/** Review cards due now, with the way in; when none are due, when the next one is. */
export function ReviewTile({ queue, now }: { queue: ReviewQueueDto; now: Date }) {
  return (
    <section className={card} aria-labelledby="review-tile-heading" data-testid="review-tile">
      <h2 id="review-tile-heading" className="text-sm font-medium text-slate-600 dark:text-slate-300">
        Review due
      </h2>
      <p className="mt-1 text-3xl font-bold tabular-nums">
        {queue.due} <span className="text-base font-medium">{queue.due === 1 ? "card" : "cards"}</span>
      </p>
      <p className={muted}>
        {queue.due > 0 ? (
          <Link href="/review" className={link}>
            Start today&apos;s review
          </Link>
        ) : queue.nextDue ? (
          `Nothing due now; the next card is due ${relativeTime(queue.nextDue, now)}.`
        ) : (
          "Cards join the queue as you answer quiz questions."
        )}
      </p>
    </section>
  );
}
