import Link from "next/link";
import { conceptMastery, reviewQueue } from "@/lib/db";
import { MASTERY_LEVELS } from "@/lib/quiz/mastery";

/** Dashboard card: concepts per mastery level and the review queue. `concepts` limits it to some concepts. */
export async function MasteryCard({ userId, concepts, title = "Mastery and review" }: { userId: string; concepts?: readonly string[]; title?: string }) {
  const [mastery, queue] = await Promise.all([conceptMastery({ id: userId }), reviewQueue({ id: userId }, new Date())]);
  const shown = concepts ? mastery.filter((m) => concepts.includes(m.concept)) : mastery;
  return (
    <section className="mt-6 rounded-xl border border-slate-200 p-5 dark:border-slate-700" aria-labelledby="mastery-heading" data-testid="mastery-card">
      <h2 id="mastery-heading" className="text-lg font-semibold">
        {title}
      </h2>
      {shown.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">No quiz answers yet: take a lesson&apos;s quiz to start.</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2 text-sm">
          {shown.map((m) => (
            <li key={m.concept} className="rounded-full border border-slate-300 px-2 py-0.5 dark:border-slate-600" data-level={m.level}>
              {m.concept}: <span className="font-medium">{m.level}</span> ({MASTERY_LEVELS.indexOf(m.level) + 1}/4)
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm" data-testid="review-summary">
        Review: {queue.due} due now of {queue.total} cards.{" "}
        <Link href="/review" className="underline">
          Open the review queue
        </Link>
      </p>
    </section>
  );
}
