import type { Metadata } from "next";
import Link from "next/link";
import { ScoreTrends } from "@/components/interview/score-trends";
import { buttonPrimary, card } from "@/components/ui/class-names";
import { JoinCodeForm } from "@/components/ui/join-code-form";
import { ROLES } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/session/current-user";
import { interviewPrompt, interviewPrompts } from "@/lib/content/interviews";
import { listInterviews } from "@/lib/db";
import { readerTimeZone } from "@/lib/request/time-zone";
import { LocalTime } from "@/components/ui/local-time";
import { scoreTrends } from "@/lib/interview/history";
import { joinByCodeAction } from "./actions";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Mock interviews" };

export default async function InterviewsPage() {
  const user = await requirePageRole(ROLES, "/interviews");
  const [sessions, timeZone] = await Promise.all([listInterviews({ id: user.id, role: user.role }), readerTimeZone()]);
  const asCandidate = sessions.filter((s) => s.viewerRole === "candidate");
  const trends = scoreTrends(asCandidate.map((s) => ({ id: s.id, createdAt: s.createdAt, scores: s.scores })));
  const rubric = interviewPrompts()[0]?.rubric ?? [];
  return (
    <Page className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Mock interviews</h1>
        <Link href="/interviews/new" className={`${buttonPrimary} ml-auto`}>
          New interview
        </Link>
      </div>
      <section aria-labelledby="join-heading" className={card}>
        <h2 id="join-heading" className="mb-2 font-semibold">
          Join an interviewer&apos;s session
        </h2>
        <JoinCodeForm action={joinByCodeAction} submitLabel="Join the interview" />
      </section>
      {asCandidate.length > 0 ? <ScoreTrends trends={trends} rubric={rubric} /> : null}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        {sessions.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-300">
            No interviews yet. Start one: it takes 45 minutes and saves as you type.
          </p>
        ) : null}
        <ul className="mt-2 space-y-2">
          {sessions.map((s) => (
            <li key={s.id}>
              <Link href={`/interviews/${s.id}`} className={`${card} block hover:border-brand-600`}>
                <span className="font-medium">{interviewPrompt(s.promptSlug)?.title ?? s.promptSlug}</span>
                <span className="mt-1 block text-sm text-slate-600 dark:text-slate-300">
                  <LocalTime iso={s.createdAt} timeZone={timeZone} withTime={false} /> ·{" "}
                  {s.mode === "solo"
                    ? "solo"
                    : s.viewerRole === "interviewer"
                      ? "you interviewed"
                      : "with an interviewer"}{" "}
                  · {s.status}
                  {s.hasFeedback ? " · feedback received" : ""}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
