import Link from "next/link";

interface Neighbour {
  readonly slug: string;
  readonly title: string;
}

export function LessonPager({ previous, next }: { previous?: Neighbour; next?: Neighbour }) {
  return (
    <nav
      aria-label="Lessons"
      className="mt-12 grid gap-4 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-700 print:hidden"
    >
      {previous ? (
        <Link
          href={`/learn/${previous.slug}`}
          rel="prev"
          className="rounded-lg border border-slate-200 p-4 hover:border-brand-500 dark:border-slate-700"
        >
          <span className="block text-xs uppercase tracking-wider text-muted">Previous</span>
          <span className="font-medium">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          href={`/learn/${next.slug}`}
          rel="next"
          className="rounded-lg border border-slate-200 p-4 text-right hover:border-brand-500 dark:border-slate-700"
        >
          <span className="block text-xs uppercase tracking-wider text-muted">Next</span>
          <span className="font-medium">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
