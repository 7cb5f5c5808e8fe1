import { conceptMastery, type Actor } from "@/lib/db";

interface LessonConcepts {
  readonly slug: string;
  readonly title: string;
  readonly concepts: readonly string[];
}

/** On the track page: each lesson's concepts with the user's mastery level (unseen concepts count as not started). */
export async function LessonMastery({ actor, lessons }: { actor: Actor; lessons: readonly LessonConcepts[] }) {
  const mastery = new Map((await conceptMastery(actor)).map((m) => [m.concept, m.level] as const));
  return (
    <details
      className="mt-4 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700"
      data-testid="lesson-mastery"
    >
      <summary className="cursor-pointer font-medium">
        Mastery by lesson ({[...mastery.values()].filter((l) => l === "mastered").length} concepts mastered)
      </summary>
      <ul className="mt-2 space-y-1">
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <span className="font-medium">{lesson.title}:</span>{" "}
            {lesson.concepts.map((c) => `${c} ${mastery.get(c) ?? "not started"}`).join(" · ")}
          </li>
        ))}
      </ul>
    </details>
  );
}
