/** Where the session stands: "Card 4 of 12" and a bar of the cards rated so far. */
export function ReviewProgress({ position, done, total }: { position: number; done: number; total: number }) {
  return (
    <div className="mt-4" data-testid="review-progress">
      <p className="text-sm font-medium">
        Card {position} of {total}
      </p>
      <div
        role="progressbar"
        aria-label="Cards rated"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total} cards rated`}
        className="mt-1 h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${(100 * done) / Math.max(1, total)}%` }} />
      </div>
    </div>
  );
}
