import Link from "next/link";
import type { LessonSummary } from "@/lib/content/lessons";

export function LessonCard({
  lesson,
  prerequisites,
  complete,
}: {
  lesson: LessonSummary;
  prerequisites: readonly string[];
  complete?: boolean;
}) {
  return (
    <li className="rounded-xl border border-slate-200 p-5 dark:border-slate-700 print:break-inside-avoid">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">
          <span className="mr-2 text-muted">{lesson.order}.</span>
          <Link
            href={`/learn/${lesson.slug}`}
            className="hover:text-brand-700 hover:underline dark:hover:text-brand-100"
          >
            {lesson.title}
          </Link>
        </h2>
        {complete === undefined ? null : complete ? (
          <span className="rounded-full bg-emerald-100 px-2.5 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300">
            Completed
          </span>
        ) : (
          <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-600 dark:bg-slate-800 dark:text-slate-300">
            Not started
          </span>
        )}
      </div>
      <p className="mt-2 text-slate-600 dark:text-slate-300">{lesson.summary}</p>
      <p className="mt-3 text-sm text-muted">
        {lesson.estimatedMinutes} min study · {lesson.readingMinutes} min read · Prerequisites:{" "}
        {prerequisites.length > 0 ? prerequisites.join(", ") : "none"}
      </p>
    </li>
  );
}
