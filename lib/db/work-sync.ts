import { db } from "./client";

/**
 * Brings open members' work up to date with what happened elsewhere: a linked
 * quiz attempt submitted on its own page, a linked solo interview finished, a
 * lesson item's lesson completed. Locked members are never touched, so their
 * work stays as submitted.
 */
export async function syncOpenWork(userId: string, memberIds: readonly string[]): Promise<void> {
  if (memberIds.length === 0) return;
  const members = await db().assignmentMember.findMany({
    where: { id: { in: [...memberIds] }, userId, status: { in: ["not-started", "in-progress"] } },
    select: {
      id: true,
      assignment: { select: { items: { select: { id: true, kind: true, ref: true } } } },
      work: true,
    },
  });
  if (members.length === 0) return;
  const work = members.flatMap((m) => m.work.filter((w) => w.status !== "done"));
  const attemptIds = work.flatMap((w) => (w.quizAttemptId ? [w.quizAttemptId] : []));
  const sessionIds = work.flatMap((w) => (w.interviewSessionId ? [w.interviewSessionId] : []));
  const [attempts, sessions, lessons] = await Promise.all([
    attemptIds.length
      ? db().quizAttempt.findMany({
          where: { id: { in: attemptIds }, userId, status: "submitted" },
          select: { id: true, score: true, maxScore: true, submittedAt: true },
        })
      : [],
    sessionIds.length
      ? db().interviewSession.findMany({
          where: { id: { in: sessionIds }, candidateId: userId, status: "finished" },
          select: { id: true, updatedAt: true },
        })
      : [],
    db().lessonCompletion.findMany({ where: { userId }, select: { lessonSlug: true, completedAt: true } }),
  ]);
  const done = new Map(lessons.map((l) => [l.lessonSlug, l.completedAt] as const));
  for (const m of members) {
    for (const w of m.work) {
      if (w.status === "done") continue;
      const attempt = attempts.find((a) => a.id === w.quizAttemptId);
      if (attempt) {
        await db().assignmentWork.updateMany({
          where: { id: w.id, status: { not: "done" } },
          data: {
            status: "done",
            score: attempt.score,
            maxScore: attempt.maxScore,
            completedAt: attempt.submittedAt ?? new Date(),
          },
        });
        continue;
      }
      const session = sessions.find((s) => s.id === w.interviewSessionId);
      if (session)
        await db().assignmentWork.updateMany({
          where: { id: w.id, status: { not: "done" } },
          data: { status: "done", completedAt: session.updatedAt },
        });
    }
    // A lesson read before (or outside) the assignment counts: the candidate has done it.
    for (const item of m.assignment.items) {
      const completedAt = item.kind === "lesson" ? done.get(item.ref) : undefined;
      if (!completedAt) continue;
      const w = m.work.find((x) => x.itemId === item.id);
      if (w?.status === "done") continue;
      await db().assignmentWork.upsert({
        where: { memberId_itemId: { memberId: m.id, itemId: item.id } },
        create: { memberId: m.id, itemId: item.id, status: "done", completedAt },
        update: { status: "done", completedAt },
      });
    }
  }
}
