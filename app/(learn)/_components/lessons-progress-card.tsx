import Link from "next/link";
import { getLessons } from "@/lib/content/lessons";
import { completedLessonSlugs } from "@/lib/db";

/** Dashboard card: how far the signed-in user is through the track, and what to read next. */
export async function LessonsProgressCard({ userId }: { userId: string }) {
  const lessons = getLessons();
  const done = new Set(await completedLessonSlugs(userId));
  const count = lessons.filter((lesson) => done.has(lesson.slug)).length;
  const next = lessons.find((lesson) => !done.has(lesson.slug));
  return (
    <section aria-labelledby="lessons-progress" className="mt-8 max-w-md rounded-xl border border-slate-200 p-5 dark:border-slate-700">
      <h2 id="lessons-progress" className="font-semibold">Lessons</h2>
      <p className="mt-1 text-sm" data-testid="dashboard-lessons-progress">{count} of {lessons.length} lessons completed</p>
      <progress value={count} max={lessons.length} aria-label="Lessons completed" className="mt-3 h-2 w-full accent-brand-600" />
      <p className="mt-3 text-sm">
        {next ? <>Next: <Link href={`/learn/${next.slug}`} className="font-medium text-brand-700 underline dark:text-brand-100">{next.title}</Link></> : <Link href="/learn" className="underline">All lessons complete. Review the track</Link>}
      </p>
    </section>
  );
}
