import Link from "next/link";
import { ChartBox } from "@/components/charts/chart-box";
import { LazyMasteryLevelsChart } from "@/components/charts/lazy";
import type { MasteryDto, ReviewQueueDto } from "@/lib/db";
import { MASTERY_LEVELS } from "@/lib/quiz/mastery";
import { MASTERY_LABELS, masteryTiles } from "@/lib/quiz/mastery-tiles";
import { card, cardTitle, link, muted } from "@/components/ui/class-names";
import { startReviewAction } from "../../../(practice)/review/actions";
import { MasteryTile } from "./mastery-tile";

/**
 * Concepts per mastery level as a chart, a tile per concept below it (weakest first: what to practise; pressing one
 * starts a review of that concept), and the review queue.
 */
export function MasteryCard({ mastery, queue }: { mastery: readonly MasteryDto[]; queue: ReviewQueueDto }) {
  const counts = MASTERY_LEVELS.map((level) => ({
    level,
    label: MASTERY_LABELS[level],
    count: mastery.filter((m) => m.level === level).length,
  }));
  const summary = counts.map((c) => `${c.label} ${c.count}`).join(", ");
  return (
    <section className={card} aria-labelledby="mastery-heading" data-testid="mastery-card">
      <h2 id="mastery-heading" className={cardTitle}>
        Mastery and review
      </h2>
      {mastery.length === 0 ? (
        <p className={`${muted} mt-2`}>
          No quiz answers yet: every lesson ends with a quiz, and each answer counts towards the concepts it tests.
        </p>
      ) : (
        <>
          <p className={muted}>
            {mastery.length} concepts practised; levels rise with correct answers on different questions.
          </p>
          <ChartBox height={168} className="mt-3">
            <LazyMasteryLevelsChart
              data={counts.map(({ label, count }) => ({ label, count }))}
              summary={`Concepts per mastery level: ${summary}.`}
            />
          </ChartBox>
          <table className="sr-only">
            <caption>Concepts per mastery level</caption>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Concepts</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={c.level}>
                  <th scope="row">{c.label}</th>
                  <td>{c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className="mt-3 text-sm font-medium">Practise a concept</h3>
          <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3" aria-label="Concepts, weakest first">
            {masteryTiles(mastery).map((tile) => (
              <li key={tile.concept}>
                <MasteryTile tile={tile} practise={startReviewAction} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-3 text-sm" data-testid="review-summary">
        Review: {queue.due} due now of {queue.total} cards.{" "}
        <Link href="/review" className={link}>
          Open the review queue
        </Link>
      </p>
    </section>
  );
}
