import Link from "next/link";
import type { ReviewSummaryDto } from "@/lib/db";
import { LocalTime } from "@/components/ui/local-time";
import { VerdictBadge } from "@/components/quiz/verdict-badge";
import { buttonPrimary, card, link, muted } from "@/components/ui/class-names";

/** The end of a session: how the answers went, how recall was rated, and when the next card comes back. */
export function ReviewSummary({
  summary,
  total,
  timeZone,
}: {
  summary: ReviewSummaryDto;
  total: number;
  timeZone: string;
}) {
  return (
    <section className={`${card} mt-4`} aria-labelledby="summary-heading" data-testid="review-summary">
      <h2 id="summary-heading" className="text-lg font-semibold">
        Session complete: {total} {total === 1 ? "card" : "cards"} reviewed
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2" aria-label="Answers">
        <li>
          <VerdictBadge tone="right" label={`${summary.right} right`} />
        </li>
        <li>
          <VerdictBadge tone="partly" label={`${summary.partly} partly right`} />
        </li>
        <li>
          <VerdictBadge tone="wrong" label={`${summary.wrong} wrong`} />
        </li>
      </ul>
      <p className="mt-3 text-sm">
        You rated your recall{" "}
        {summary.ratings
          .filter((r) => r.count > 0)
          .map((r) => `${r.label} ${r.count}×`)
          .join(", ")}
        .
      </p>
      <p className={`${muted} mt-1`}>
        {summary.nextDue ? (
          <>
            The first of these cards comes back <LocalTime iso={summary.nextDue} timeZone={timeZone} />. Review sessions
            are practice: they do not count in your quiz score trend.
          </>
        ) : (
          "Review sessions are practice: they do not count in your quiz score trend."
        )}
      </p>
      <p className="mt-4 flex flex-wrap items-center gap-4">
        <Link href="/review" className={buttonPrimary}>
          Back to the review queue
        </Link>
        <Link href="/dashboard" className={link}>
          Dashboard
        </Link>
      </p>
    </section>
  );
}
