import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/session/current-user";
import { getLessons, summarize } from "@/lib/content/lessons";
import { completedLessonSlugs } from "@/lib/db";
import { LessonMastery } from "@/components/quiz/lesson-mastery";
import { LessonCard } from "./_components/lesson-card";

export const metadata: Metadata = {
  title: "Lessons",
  description: "Seven lessons on database replication and the system design interview.",
};

export default async function TrackPage() {
  const lessons = getLessons().map(summarize);
  const user = await getCurrentUser();
  const completed = user ? new Set(await completedLessonSlugs(user)) : undefined;
  const titleOf = (slug: string) => lessons.find((lesson) => lesson.slug === slug)?.title ?? slug;
  const total = lessons.reduce((sum, lesson) => sum + lesson.estimatedMinutes, 0);

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Replication, from first principles to the interview</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">
        {lessons.length} lessons, about {Math.round(total / 60)} hours of study. Read them in order: each builds on the
        ones listed as its prerequisites.
      </p>
      {completed ? (
        <p className="mt-2 text-sm font-medium" data-testid="track-progress">
          {lessons.filter((lesson) => completed.has(lesson.slug)).length} of {lessons.length} lessons completed
        </p>
      ) : null}
      {user ? <LessonMastery actor={user} lessons={lessons} /> : null}
      <ol className="mt-8 space-y-4" aria-label="Lessons in order">
        {lessons.map((lesson) => (
          <LessonCard
            key={lesson.slug}
            lesson={lesson}
            prerequisites={lesson.prerequisites.map(titleOf)}
            complete={completed ? completed.has(lesson.slug) : undefined}
          />
        ))}
      </ol>
    </div>
  );
}
