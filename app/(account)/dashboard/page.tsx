import type { Metadata } from "next";
import { requirePageRole } from "@/lib/session/current-user";
import { may } from "@/lib/auth/access";
import { ROLES } from "@/lib/auth/roles";
import { getLessons } from "@/lib/content/lessons";
import { LESSON_TRACKS, TRACK_LABELS } from "@/lib/content/tracks";
import {
  completedLessonSlugs,
  conceptMastery,
  dashboardActivity,
  interviewerOverview,
  listInbox,
  reviewQueue,
} from "@/lib/db";
import { progressByTrack } from "@/lib/dashboard/progress";
import { scoreTrend } from "@/lib/dashboard/scores";
import { streakInZone } from "@/lib/dashboard/streak";
import { readerTimeZone } from "@/lib/request/time-zone";
import { RoleBadge } from "../_components/role-badge";
import { AssignmentsCard } from "./_components/assignments-card";
import { GettingStarted } from "./_components/getting-started";
import { MasteryCard } from "./_components/mastery-card";
import { RecentAttemptsCard } from "./_components/recent-attempts-card";
import { ReviewTile } from "./_components/review-tile";
import { ScoreTrendCard } from "./_components/score-trend-card";
import { StreakCard } from "./_components/streak-card";
import { TeachingCard } from "./_components/teaching-card";
import { TrackProgressCard } from "./_components/track-progress-card";

export const metadata: Metadata = { title: "Dashboard" };

const SCORE_POINTS = 20;

export default async function DashboardPage() {
  const user = await requirePageRole(ROLES, "/dashboard");
  const now = new Date();
  const actor = { id: user.id, role: user.role };
  const teaches = may(user, "assignment.list");
  const [timeZone, completed, mastery, queue, activity, inbox, overview] = await Promise.all([
    readerTimeZone(),
    completedLessonSlugs(user),
    conceptMastery(actor),
    reviewQueue(actor, now),
    dashboardActivity(actor, { scoredLimit: SCORE_POINTS }),
    listInbox(actor, now),
    teaches ? interviewerOverview(actor, now) : null,
  ]);
  const lessons = getLessons();
  const done = new Set(completed);
  const tracks = progressByTrack(lessons, done, { order: LESSON_TRACKS, labels: TRACK_LABELS });
  const nextLesson = lessons.find((l) => !done.has(l.slug)) ?? null;
  const { today, activityDays, streak } = streakInZone(activity.activity, now.getTime(), timeZone);
  const points = scoreTrend(activity.scored, SCORE_POINTS);
  const openAssignments = inbox.filter((a) => a.status !== "submitted" && a.status !== "reviewed");
  const newFeedback = inbox.filter((a) => a.feedbackUnread === true);
  const isNew =
    completed.length === 0 &&
    activity.activity.length === 0 &&
    activity.recent.length === 0 &&
    mastery.length === 0 &&
    queue.total === 0;

  return (
    <div className="space-y-6">
      <div>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold tracking-tight">Welcome, {user.name}</h1>
          <RoleBadge role={user.role} />
        </div>
        <p className="mt-2 text-slate-600 dark:text-slate-300">Signed in as {user.email}.</p>
      </div>
      {overview ? <TeachingCard overview={overview} /> : null}
      {isNew ? (
        <>
          <GettingStarted
            firstLesson={nextLesson ? { slug: nextLesson.slug, title: nextLesson.title } : null}
            lessonCount={lessons.length}
          />
          {inbox.length > 0 ? (
            <AssignmentsCard
              open={openAssignments}
              doneCount={inbox.length - openAssignments.length}
              now={now}
              timeZone={timeZone}
              newFeedback={newFeedback}
            />
          ) : null}
        </>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <StreakCard streak={streak} activityDays={activityDays} today={today} />
            <ReviewTile queue={queue} now={now} />
          </div>
          {inbox.length > 0 ? (
            <AssignmentsCard
              open={openAssignments}
              doneCount={inbox.length - openAssignments.length}
              now={now}
              timeZone={timeZone}
              newFeedback={newFeedback}
            />
          ) : null}
          <div className="grid gap-4 lg:grid-cols-2">
            <TrackProgressCard
              tracks={tracks}
              next={nextLesson ? { slug: nextLesson.slug, title: nextLesson.title } : null}
            />
            <ScoreTrendCard points={points} timeZone={timeZone} />
            <MasteryCard mastery={mastery} queue={queue} />
            <RecentAttemptsCard attempts={activity.recent} now={now} />
          </div>
        </>
      )}
    </div>
  );
}
