import "server-only";
import { reviewQueue, type Actor, type AttemptDto } from "@/lib/db";
import { formatDate } from "@/lib/dates";
import { readerTimeZone } from "@/lib/request/time-zone";

/**
 * When, in the reader's zone, the attempt's questions next come back in review ("later today", "on 10 Mar 2026"); null
 * when none are scheduled.
 */
export async function reviewDayFor(actor: Actor, attempt: AttemptDto): Promise<string | null> {
  if (attempt.status !== "submitted") return null;
  const queue = await reviewQueue(actor, new Date());
  const asked = new Set(attempt.questions.map((q) => q.question.id));
  const first =
    queue.items
      .filter((c) => asked.has(c.questionId))
      .map((c) => c.due)
      .sort()[0] ?? queue.nextDue;
  if (!first) return null;
  const zone = await readerTimeZone();
  const day = formatDate(first, zone);
  return day === formatDate(new Date().toISOString(), zone) ? "later today" : `on ${day}`;
}
