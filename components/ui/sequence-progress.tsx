/**
 * Where a reader stands in a sequence (questions answered, items done): the
 * count in words and a bar that shows it at a glance. A native progressbar
 * role with the same numbers, so a screen reader hears "3 of 8".
 */
export function SequenceProgress({ done, total, noun }: { done: number; total: number; noun: string }) {
  const clamped = Math.min(Math.max(done, 0), total);
  const label = `${clamped} of ${total} ${noun}`;
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium text-slate-700 dark:text-slate-200" aria-hidden="true">
        {label}
      </p>
      <div
        role="progressbar"
        aria-label={noun}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={clamped}
        aria-valuetext={label}
        className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className="h-full rounded-full bg-brand-600 transition-[width] motion-reduce:transition-none"
          style={{ width: `${total > 0 ? (clamped / total) * 100 : 0}%` }}
        />
      </div>
    </div>
  );
}
