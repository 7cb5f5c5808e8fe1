import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { completedLessonSlugs, markLessonComplete, unmarkLessonComplete } from "../../lib/db/lesson-progress";
import { signUp } from "../../lib/db/users";
import { withTestDatabase } from "./test-db";

withTestDatabase();

let userId = "";
let otherId = "";

beforeEach(async () => {
  await db().lessonCompletion.deleteMany();
  const ada = await signUp({ name: "Ada", email: "ada@example.com", password: "analytical-engine" });
  const bob = await signUp({ name: "Bob", email: "bob@example.com", password: "difference-engine" });
  if (!ada.ok || !bob.ok) throw new Error("test users not created");
  userId = ada.user.id;
  otherId = bob.user.id;
});

describe("lesson progress", () => {
  it("marks a lesson complete and returns a plain DTO", async () => {
    const result = await markLessonComplete(userId, "single-leader-replication");
    expect(result).toEqual({ ok: true, completion: { lessonSlug: "single-leader-replication", completedAt: expect.any(String) } });
    expect(await completedLessonSlugs(userId)).toEqual(["single-leader-replication"]);
  });

  it("is idempotent and keeps the first completion time", async () => {
    const first = await markLessonComplete(userId, "failover-and-fencing");
    const second = await markLessonComplete(userId, "failover-and-fencing");
    expect(second).toEqual(first);
    expect(await db().lessonCompletion.count()).toBe(1);
  });

  it("rejects slugs that are not lessons and writes nothing", async () => {
    expect(await markLessonComplete(userId, "no-such-lesson")).toEqual({ ok: false, error: "unknown-lesson" });
    expect(await unmarkLessonComplete(userId, "../etc/passwd")).toEqual({ ok: false, error: "unknown-lesson" });
    expect(await db().lessonCompletion.count()).toBe(0);
  });

  it("keeps each user's progress to themselves", async () => {
    await markLessonComplete(userId, "single-leader-replication");
    await markLessonComplete(otherId, "galera-certification");
    expect(await completedLessonSlugs(userId)).toEqual(["single-leader-replication"]);
    expect(await completedLessonSlugs(otherId)).toEqual(["galera-certification"]);
  });

  it("unmarks only the acting user's completion", async () => {
    await markLessonComplete(userId, "single-leader-replication");
    await markLessonComplete(otherId, "single-leader-replication");
    expect(await unmarkLessonComplete(userId, "single-leader-replication")).toEqual({ ok: true, completion: null });
    expect(await unmarkLessonComplete(userId, "single-leader-replication")).toEqual({ ok: true, completion: null });
    expect(await completedLessonSlugs(userId)).toEqual([]);
    expect(await completedLessonSlugs(otherId)).toEqual(["single-leader-replication"]);
  });

  it("ignores completions of lessons that were removed from content/", async () => {
    await db().lessonCompletion.create({ data: { userId, lessonSlug: "retired-lesson" } });
    await markLessonComplete(userId, "leaderless-replication");
    expect(await completedLessonSlugs(userId)).toEqual(["leaderless-replication"]);
  });
});
