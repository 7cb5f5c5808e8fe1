import { describe, expect, it } from "vitest";
import { claimInvitation, joinCohort } from "../../lib/db/assignment-joining";
import { createCohort } from "../../lib/db/cohorts";
import { createInterview, joinInterview } from "../../lib/db/interviews";
import { LIMITS } from "../../lib/db/rate-limit";
import { createTestUser, withTestDatabase } from "./test-db";

withTestDatabase();

const max = LIMITS.joinCode.max;
const wrongCodes = (n: number) => Array.from({ length: n }, (_, i) => `ZZ${String(i).padStart(6, "0")}`);

describe("join codes and invitation links are limited per account, concurrent guesses included", () => {
  it("cohort codes: of 30 simultaneous wrong codes only the allowance is looked up; then even the right code waits, for that account only", async () => {
    const owner = await createTestUser("Owner", "interviewer");
    const guesser = await createTestUser("Guesser");
    const other = await createTestUser("Other");
    const cohort = await createCohort(owner, "Spring cohort");
    if (!cohort.ok) throw new Error("cohort not created");

    const results = await Promise.all(wrongCodes(30).map((code) => joinCohort(guesser, code)));
    expect(results.filter((r) => !r.ok && r.error === "not-found")).toHaveLength(max);
    expect(results.filter((r) => !r.ok && r.error === "throttled")).toHaveLength(30 - max);
    expect(await joinCohort(guesser, cohort.joinCode)).toMatchObject({ ok: false, error: "throttled" });
    expect(await joinCohort(other, cohort.joinCode)).toMatchObject({ ok: true });
  });

  it("cohort codes: right codes do not use up the allowance", async () => {
    const owner = await createTestUser("Owner", "interviewer");
    const member = await createTestUser("Member");
    const cohort = await createCohort(owner, "Autumn cohort");
    if (!cohort.ok) throw new Error("cohort not created");
    for (let i = 0; i < max + 3; i++) expect((await joinCohort(member, cohort.joinCode)).ok).toBe(true);
    expect(await joinCohort(member, "NOPE0000")).toMatchObject({ ok: false, error: "not-found" });
  });

  it("interview codes: of 30 simultaneous wrong codes only the allowance is looked up", async () => {
    const interviewer = await createTestUser("Lead", "interviewer");
    const guesser = await createTestUser("Guesser");
    const created = await createInterview(interviewer, {
      promptSlug: "galera-write-heavy",
      mode: "led",
      durationMin: 45,
    });
    if (!created.ok || !created.joinCode) throw new Error("interview not created");

    const results = await Promise.all(wrongCodes(30).map((code) => joinInterview(guesser, code)));
    expect(results.filter((r) => !r.ok && r.error === "not-found")).toHaveLength(max);
    expect(results.filter((r) => !r.ok && r.error === "throttled")).toHaveLength(30 - max);
    expect(await joinInterview(guesser, created.joinCode)).toMatchObject({ ok: false, error: "throttled" });
  });

  it("invitation links: unknown tokens count, and the account is refused once over", async () => {
    const guesser = await createTestUser("Guesser");
    const tokens = Array.from({ length: 25 }, (_, i) => `not-a-real-token-${i}`);
    const results = await Promise.all(tokens.map((token) => claimInvitation(guesser, token)));
    expect(results.filter((r) => !r.ok && r.error === "not-found")).toHaveLength(LIMITS.invitation.max);
    expect(results.filter((r) => !r.ok && r.error === "throttled")).toHaveLength(25 - LIMITS.invitation.max);
  });
});
