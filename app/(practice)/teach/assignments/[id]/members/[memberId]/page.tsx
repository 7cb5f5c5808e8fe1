import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { card } from "@/components/ui/class-names";
import { ITEM_KIND_LABELS, idSchema } from "@/lib/assignments/schema";
import { markText } from "@/lib/assignments/table";
import { rolesAllowed } from "@/lib/auth/access-rules";
import { requirePageRole } from "@/lib/session/current-user";
import { getMemberDetail, type MemberWorkItemDto } from "@/lib/db";
import { rubricMean } from "@/lib/rubric-scale";
import { readerTimeZone } from "@/lib/request/time-zone";
import { LocalTime } from "@/components/ui/local-time";
import { StatusBadge } from "@/components/assignments/status-badges";
import { FeedbackForm } from "./_components/feedback-form";
import { ItemWork } from "./_components/item-work";
import type { ScoreRow } from "./_components/score-fields";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Submission" };

function scoreRows(items: readonly MemberWorkItemDto[]): ScoreRow[] {
  return items.flatMap(({ item, cell, scorable, detail }): ScoreRow[] => {
    if (!scorable) return [];
    const label = `${item.position + 1}. ${ITEM_KIND_LABELS[item.kind]}: ${item.title}`;
    if (detail.kind === "lab") return [{ kind: "lab", itemId: item.id, label, score: cell.score }];
    if (detail.kind !== "interview" || !detail.session) return [];
    const { selfScores, interviewerScores } = detail.session;
    return [
      {
        kind: "interview",
        itemId: item.id,
        label,
        scoreText: markText("interview", cell.score, cell.maxScore),
        rubric: detail.rubric,
        levels: Object.fromEntries(interviewerScores.map((s) => [s.dimension, s.level])),
        comments: Object.fromEntries(interviewerScores.map((s) => [s.dimension, s.comment])),
        selfLevels: Object.fromEntries(selfScores.map((s) => [s.dimension, s.level])),
        selfMean: rubricMean(selfScores.map((s) => s.level)),
      },
    ];
  });
}

export default async function MemberPage({ params }: { params: Promise<{ id: string; memberId: string }> }) {
  const { id, memberId } = await params;
  const user = await requirePageRole(
    rolesAllowed("assignment.drill-down"),
    `/teach/assignments/${id}/members/${memberId}`,
  );
  if (!idSchema.safeParse(id).success || !idSchema.safeParse(memberId).success) notFound();
  const result = await getMemberDetail({ id: user.id, role: user.role }, id, memberId, new Date());
  if (!result.ok) notFound();
  const { assignment, member, items } = result.detail;
  const timeZone = await readerTimeZone();
  return (
    <Page className="space-y-5">
      <p className="text-sm">
        <Link href={`/teach/assignments/${assignment.id}`} className="underline">
          {assignment.title}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 break-words text-2xl font-bold tracking-tight">{member.name ?? member.email}</h1>
        <StatusBadge status={member.status} />
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {member.name ? `${member.email} · ` : "Invited, not signed up yet · "}seed {member.seed}
        {member.submittedAt ? (
          <>
            {" "}
            · submitted <LocalTime iso={member.submittedAt} timeZone={timeZone} />
          </>
        ) : (
          <>
            {" "}
            · due <LocalTime iso={assignment.dueAt} timeZone={timeZone} />
          </>
        )}
      </p>
      {items.map((entry) => (
        <ItemWork
          key={entry.item.id}
          entry={entry}
          scoringOpen={member.locked}
          timeZone={timeZone}
          submission={{
            path: `/teach/assignments/${assignment.id}/members/${memberId}`,
            who: member.name ?? member.email,
          }}
        />
      ))}
      <section className={`${card} space-y-2`} aria-labelledby="feedback-heading">
        <h2 id="feedback-heading" className="text-lg font-semibold">
          Feedback
        </h2>
        {member.locked ? (
          <>
            {member.reviewedAt ? (
              <p className="text-sm text-slate-600 dark:text-slate-300">
                Reviewed <LocalTime iso={member.reviewedAt} timeZone={timeZone} />.
              </p>
            ) : null}
            <FeedbackForm
              assignmentId={assignment.id}
              memberId={member.id}
              initial={member.feedback ?? ""}
              scores={scoreRows(items)}
            />
          </>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-300">
            The candidate has not submitted yet. You can write feedback and score their lab and interview items once
            they submit.
          </p>
        )}
      </section>
    </Page>
  );
}
