import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { createAssignment } from "../../lib/db/assignments";
import type { Actor } from "../../lib/auth/access";
import { createCohort, getCohort, listCohorts } from "../../lib/db/cohorts";
import type { Role } from "../../lib/auth/roles";
import { createTestUser, withTestDatabase } from "./test-db";

withTestDatabase();

let ivan: Actor;
let other: Actor;
let cara: Actor;

const user = (name: string, role: Role) => createTestUser(name, role);

beforeEach(async () => {
  ivan = await user("Ivan", "interviewer");
  other = await user("Otto", "admin");
  cara = await user("Cara", "candidate");
});

describe("cohorts", () => {
  it("creates a cohort with a readable join code and lists it with its members and assignments", async () => {
    const created = await createCohort(ivan, "  Spring 2030  ");
    if (!created.ok) throw new Error("not created");
    expect(created.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    await db().cohortMember.create({ data: { cohortId: created.id, userId: cara.id } });
    const assignment = await createAssignment(
      ivan,
      {
        assignment: {
          title: "Week 1",
          dueAt: "2031-01-01T00:00:00Z",
          seedMode: "per-candidate",
          items: [{ kind: "lesson", ref: "single-leader-replication" }],
        },
        emails: "",
        cohortId: created.id,
      },
      new Date("2030-01-01T00:00:00Z"),
    );
    expect(assignment.ok).toBe(true);
    const list = await listCohorts(ivan);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: "Spring 2030", memberCount: 1, assignmentCount: 1 });
    const detail = await getCohort(ivan, created.id);
    if (!detail.ok) throw new Error("not found");
    expect(detail.cohort.members.map((m) => m.name)).toEqual(["Cara"]);
    expect(detail.cohort.assignments.map((a) => [a.title, a.memberCount])).toEqual([["Week 1", 1]]);
  });

  it("refuses an empty name and candidates, and hides a cohort from everyone but its owner", async () => {
    expect(await createCohort(ivan, "   ")).toMatchObject({ ok: false, error: "invalid" });
    expect(await createCohort(cara, "Mine")).toEqual({ ok: false, error: "not-found" });
    const created = await createCohort(ivan, "Private");
    if (!created.ok) throw new Error("not created");
    expect(await getCohort(other, created.id)).toEqual({ ok: false, error: "not-found" });
    expect(await getCohort(cara, created.id)).toEqual({ ok: false, error: "not-found" });
    expect(await listCohorts(other)).toEqual([]);
    expect(await listCohorts(cara)).toEqual([]);
  });
});
