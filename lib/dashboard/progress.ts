/** Lesson progress grouped by track, for the dashboard's per-track chart. */
import { LESSON_TRACKS, TRACK_LABELS, type LessonTrack } from "../content/tracks";

export interface TrackLesson {
  readonly slug: string;
  readonly title: string;
  readonly track?: LessonTrack;
}

export interface TrackProgress {
  readonly track: LessonTrack | "other";
  readonly label: string;
  readonly done: number;
  readonly total: number;
  /** The first lesson of the track (in the given order) not yet done, or null when the track is complete. */
  readonly next: { readonly slug: string; readonly title: string } | null;
}

/** One entry per track that has lessons, in LESSON_TRACKS order; lessons without a track come last as "Other lessons". */
export function progressByTrack(lessons: readonly TrackLesson[], completed: ReadonlySet<string>): TrackProgress[] {
  const groups: (LessonTrack | "other")[] = [...LESSON_TRACKS, "other"];
  return groups.flatMap((track) => {
    const mine = lessons.filter((lesson) => (lesson.track ?? "other") === track);
    if (mine.length === 0) return [];
    const next = mine.find((lesson) => !completed.has(lesson.slug));
    return [{
      track,
      label: track === "other" ? "Other lessons" : TRACK_LABELS[track],
      done: mine.filter((lesson) => completed.has(lesson.slug)).length,
      total: mine.length,
      next: next ? { slug: next.slug, title: next.title } : null,
    }];
  });
}
