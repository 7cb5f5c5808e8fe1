/**
 * Lesson progress grouped by track, for the dashboard's per-track chart. The
 * tracks (their order and labels) come from the caller, so this stays pure.
 */

export interface TrackLesson<T extends string = string> {
  readonly slug: string;
  readonly title: string;
  readonly track?: T;
}

/** The tracks to group by, in the order shown, and what each is called. */
export interface Tracks<T extends string> {
  readonly order: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
}

export interface TrackProgress<T extends string = string> {
  readonly track: T | "other";
  readonly label: string;
  readonly done: number;
  readonly total: number;
  /** The first lesson of the track (in the given order) not yet done, or null when the track is complete. */
  readonly next: { readonly slug: string; readonly title: string } | null;
}

/** One entry per track that has lessons, in the tracks' order; lessons without a track come last as "Other lessons". */
export function progressByTrack<T extends string>(
  lessons: readonly TrackLesson<T>[],
  completed: ReadonlySet<string>,
  tracks: Tracks<T>,
): TrackProgress<T>[] {
  const groups: (T | "other")[] = [...tracks.order, "other"];
  return groups.flatMap((track) => {
    const mine = lessons.filter((lesson) => (lesson.track ?? "other") === track);
    if (mine.length === 0) return [];
    const next = mine.find((lesson) => !completed.has(lesson.slug));
    return [
      {
        track,
        label: track === "other" ? "Other lessons" : tracks.labels[track],
        done: mine.filter((lesson) => completed.has(lesson.slug)).length,
        total: mine.length,
        next: next ? { slug: next.slug, title: next.title } : null,
      },
    ];
  });
}
