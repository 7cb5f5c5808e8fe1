/** Shown while the dashboard's data loads: the cards' shapes, so nothing jumps when they fill in. */
export default function DashboardLoading() {
  const block = "animate-pulse rounded-xl bg-slate-100 motion-reduce:animate-none dark:bg-slate-800/60";
  return (
    <div className="space-y-6" aria-busy="true">
      <p className="sr-only" role="status">
        Loading your dashboard…
      </p>
      <div className={`${block} h-16`} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className={`${block} h-36`} />
        <div className={`${block} h-36`} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className={`${block} h-64`} />
        <div className={`${block} h-64`} />
      </div>
    </div>
  );
}
