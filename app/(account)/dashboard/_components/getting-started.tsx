import Link from "next/link";
import { card, cardTitle, link, muted } from "@/components/ui/class-names";

/** A new user's dashboard: three steps instead of empty charts. */
export function GettingStarted({
  firstLesson,
  lessonCount,
}: {
  firstLesson: { slug: string; title: string } | null;
  lessonCount: number;
}) {
  return (
    <section className={card} aria-labelledby="start-heading" data-testid="getting-started">
      <h2 id="start-heading" className={cardTitle}>
        Start here
      </h2>
      <p className={muted}>Your progress, scores and streak appear here as you go. A good first hour:</p>
      <ol className="mt-3 space-y-3 text-sm">
        <li className="flex gap-3">
          <span
            aria-hidden="true"
            className="flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-600 text-xs font-bold text-white"
          >
            1
          </span>
          <span>
            Read the first of {lessonCount} lessons
            {firstLesson ? (
              <>
                :{" "}
                <Link href={`/learn/${firstLesson.slug}`} className={link}>
                  {firstLesson.title}
                </Link>
              </>
            ) : (
              <>
                :{" "}
                <Link href="/learn" className={link}>
                  the track
                </Link>
              </>
            )}
            .
          </span>
        </li>
        <li className="flex gap-3">
          <span
            aria-hidden="true"
            className="flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-600 text-xs font-bold text-white"
          >
            2
          </span>
          <span>
            Break a cluster in the{" "}
            <Link href="/lab" className={link}>
              lab
            </Link>
            : add lag, cut the network, promote a replica.
          </span>
        </li>
        <li className="flex gap-3">
          <span
            aria-hidden="true"
            className="flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-600 text-xs font-bold text-white"
          >
            3
          </span>
          <span>
            Take the lesson&apos;s quiz, or try a{" "}
            <Link href="/interviews/new" className={link}>
              mock interview
            </Link>{" "}
            when you feel ready.
          </span>
        </li>
      </ol>
    </section>
  );
}
