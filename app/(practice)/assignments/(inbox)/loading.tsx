import { pageContainer } from "@/components/ui/class-names";

/**
 * Shown while the inbox loads. Only the inbox: under a detail page it would stream a 200 before the owner check could
 * answer 404.
 */
export default function Loading() {
  return (
    <div className={`${pageContainer} space-y-3 py-8`} aria-busy="true" aria-live="polite">
      <p className="sr-only">Loading your assignments…</p>
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-24 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />
      ))}
    </div>
  );
}
