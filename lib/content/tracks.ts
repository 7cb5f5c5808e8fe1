/**
 * Lesson tracks: the groups a lesson's `track` frontmatter names, in the order
 * the dashboard shows them. A lesson without a track lands in "other".
 */
export const LESSON_TRACKS = ["leader-based", "multi-writer", "other-topologies", "interview"] as const;
export type LessonTrack = (typeof LESSON_TRACKS)[number];

export const TRACK_LABELS: Readonly<Record<LessonTrack, string>> = {
  "leader-based": "Leader-based",
  "multi-writer": "Multi-writer",
  "other-topologies": "Other topologies",
  interview: "Interview",
};
