import { LoadingStatus, Skeleton } from "@/components/ui/skeleton";

/**
 * Shown while the track reads the reader's progress. Lessons are prerendered,
 * so it never shows for them, and an unknown lesson is a 404 before any page renders.
 */
export default function TrackLoading() {
  return (
    <div className="max-w-3xl space-y-4" aria-busy="true">
      <LoadingStatus>Loading the lessons…</LoadingStatus>
      <Skeleton className="h-10 w-3/4" />
      <Skeleton className="h-6 w-1/2" />
      {[0, 1, 2, 3].map((i) => (
        <Skeleton key={i} className="h-28" />
      ))}
    </div>
  );
}
