import Link from "next/link";
import type { Lesson } from "@/lib/content/lessons";

export function LessonHeader({
  lesson,
  prerequisites,
}: {
  lesson: Lesson;
  prerequisites: readonly { slug: string; title: string }[];
}) {
  return (
    <header>
      <p className="text-sm font-medium text-brand-700 dark:text-brand-100">
        <Link href="/learn" className="underline-offset-2 hover:underline print:no-underline">
          Lessons
        </Link>{" "}
        · Lesson {lesson.order}
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{lesson.title}</h1>
      <p className="mt-3 text-lg text-slate-600 dark:text-slate-300">{lesson.summary}</p>
      <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        <div className="flex gap-1">
          <dt>Reading time:</dt>
          <dd>{lesson.readingMinutes} min</dd>
        </div>
        <div className="flex gap-1">
          <dt>Estimated study time:</dt>
          <dd>{lesson.estimatedMinutes} min</dd>
        </div>
        <div className="flex gap-1">
          <dt>Prerequisites:</dt>
          <dd>
            {prerequisites.length === 0
              ? "none"
              : prerequisites.map((item, index) => (
                  <span key={item.slug}>
                    {index > 0 ? ", " : ""}
                    <Link href={`/learn/${item.slug}`} className="underline underline-offset-2">
                      {item.title}
                    </Link>
                  </span>
                ))}
          </dd>
        </div>
      </dl>
      <section aria-labelledby="objectives" className="mt-6 rounded-xl bg-slate-50 p-5 dark:bg-slate-900">
        <h2 id="objectives" className="font-semibold">
          After this lesson you can
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {lesson.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>
    </header>
  );
}
