import Link from "next/link";
import type { InterviewerOverviewDto } from "@/lib/db";
import { buttonLink, card, cardTitle, muted } from "@/components/ui/class-names";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** For interviewers and admins: what waits for them on /teach. */
export function TeachingCard({ overview }: { overview: InterviewerOverviewDto }) {
  const waiting = overview.awaitingReview.length;
  const overdue = overview.assignments.reduce((n, a) => n + a.overdueCount, 0);
  const empty = overview.cohorts.length === 0 && overview.assignments.length === 0;
  return (
    <section className={`${card} border-brand-500/40`} aria-labelledby="teaching-heading" data-testid="teaching-card">
      <h2 id="teaching-heading" className={cardTitle}>
        Teaching
      </h2>
      <p className={`${muted} mt-1`}>
        {empty
          ? "Create a cohort or an assignment to start setting work for candidates."
          : `${plural(overview.cohorts.length, "cohort")}, ${plural(overview.assignments.length, "assignment")}; ${waiting === 0 ? "nothing awaiting review" : `${plural(waiting, "submission")} awaiting review`}${overdue > 0 ? `, ${overdue} overdue` : ""}.`}
      </p>
      <p className="mt-3">
        <Link href="/teach" className={buttonLink}>
          {waiting > 0 ? "Review submissions" : "Open teaching"}
        </Link>
      </p>
    </section>
  );
}
