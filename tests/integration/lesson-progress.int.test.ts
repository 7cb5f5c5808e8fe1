import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/access";
import { db } from "../../lib/db/client";
import { completedLessonSlugs, markLessonComplete, unmarkLessonComplete } from "../../lib/db/lesson-progress";
import { signUp } from "../../lib/db/users";
import { withTestDatabase } from "./test-db";

withTestDatabase();

let ada: Actor = { id: "", role: "candidate" };
let bob: Actor = { id: "", role: "candidate" };

beforeEach(async () => {
  await db().lessonCompletion.deleteMany();
  const a = await signUp({ name: "Ada", email: "ada@example.com", password: "analytical-engine" });
  const b = await signUp({ name: "Bob", email: "bob@example.com", password: "difference-engine" });
  if (!a.ok || !b.ok) throw new Error("test users not created");
  ada = a.user;
  bob = b.user;
});

describe("lesson progress", () => {
  it("marks a lesson complete and returns a plain DTO", async () => {
    const result = await markLessonComplete(ada, "single-leader-replication");
    expect(result).toEqual({
      ok: true,
      completion: { lessonSlug: "single-leader-replication", completedAt: expect.any(String) },
    });
    expect(await completedLessonSlugs(ada)).toEqual(["single-leader-replication"]);
  });

  it("is idempotent and keeps the first completion time", async () => {
    const first = await markLessonComplete(ada, "failover-and-fencing");
    const second = await markLessonComplete(ada, "failover-and-fencing");
    expect(second).toEqual(first);
    expect(await db().lessonCompletion.count()).toBe(1);
  });

  it("rejects slugs that are not lessons and writes nothing", async () => {
    expect(await markLessonComplete(ada, "no-such-lesson")).toEqual({ ok: false, error: "unknown-lesson" });
    expect(await unmarkLessonComplete(ada, "../etc/passwd")).toEqual({ ok: false, error: "unknown-lesson" });
    expect(await db().lessonCompletion.count()).toBe(0);
  });

  it("keeps each user's progress to themselves", async () => {
    await markLessonComplete(ada, "single-leader-replication");
    await markLessonComplete(bob, "galera-certification");
    expect(await completedLessonSlugs(ada)).toEqual(["single-leader-replication"]);
    expect(await completedLessonSlugs(bob)).toEqual(["galera-certification"]);
  });

  it("unmarks only the acting user's completion", async () => {
    await markLessonComplete(ada, "single-leader-replication");
    await markLessonComplete(bob, "single-leader-replication");
    expect(await unmarkLessonComplete(ada, "single-leader-replication")).toEqual({ ok: true, completion: null });
    expect(await unmarkLessonComplete(ada, "single-leader-replication")).toEqual({ ok: true, completion: null });
    expect(await completedLessonSlugs(ada)).toEqual([]);
    expect(await completedLessonSlugs(bob)).toEqual(["single-leader-replication"]);
  });

  it("ignores completions of lessons that were removed from content/", async () => {
    await db().lessonCompletion.create({ data: { userId: ada.id, lessonSlug: "retired-lesson" } });
    await markLessonComplete(ada, "leaderless-replication");
    expect(await completedLessonSlugs(ada)).toEqual(["leaderless-replication"]);
  });
});
