/**
 * Every server entry point that stores a lab run, or the actions an
 * interview's lab applies, bounds it before writing (issue 18): a hostile
 * share code or action is refused with a message and writes nothing, on
 * SQLite and on PostgreSQL alike.
 */
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { enrol } from "../../lib/db/assignment-members";
import { saveLabWork } from "../../lib/db/assignment-work";
import { db } from "../../lib/db/client";
import { controlInterview, createInterview, joinInterview, recordLabEvent } from "../../lib/db/interviews";
import { MAX_ACTIONS, MAX_RUN_TIME_MS, MAX_SHARE_CODE_LENGTH } from "../../lib/sim/limits";
import { decodeShare, encodeShare } from "../../lib/sim/share-codec";
import { createTestUser, withTestDatabase, type TestUser } from "./test-db";

withTestDatabase();

const now = new Date("2026-03-01T10:00:00Z");
const SCENARIO = "chain-basic";
let teacher: TestUser;
let ada: TestUser;

beforeEach(async () => {
  teacher = await createTestUser("Tess", "interviewer");
  ada = await createTestUser("Ada");
});

async function labAssignment(): Promise<string> {
  const row = await db().assignment.create({
    data: {
      ownerId: teacher.id,
      title: "Lab week",
      instructions: "",
      dueAt: new Date("2026-03-10T17:00:00Z"),
      seedMode: "pinned",
      pinnedSeed: 1,
      seedBase: 7,
      items: { create: [{ position: 0, kind: "lab", ref: SCENARIO, task: "Which server acknowledges writes?" }] },
    },
  });
  await enrol(row.id, [{ email: ada.email, userId: ada.id }]);
  return row.id;
}

/** Everything lab work could have changed: the work rows and the member's status. */
async function stored(assignmentId: string) {
  const work = await db().assignmentWork.findMany({
    where: { member: { assignmentId } },
    select: { labRun: true, answer: true, status: true },
  });
  const members = await db().assignmentMember.findMany({ where: { assignmentId }, select: { status: true } });
  return { work, members };
}

const raw = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString("base64url");
const run = (over: Record<string, unknown>) => raw({ v: 1, s: SCENARIO, seed: 1, a: [], t: 500, ...over });
const crash = { type: "crash", node: "B" };

describe("saved lab work", () => {
  it("refuses hostile runs with a message naming what is out of range, and writes nothing", async () => {
    const id = await labAssignment();
    const good = encodeShare({
      scenario: SCENARIO,
      seed: 1,
      actions: [{ at: 100, step: 3, action: { type: "crash", node: "B" } }],
      time: 4000,
    });
    expect(await saveLabWork(ada, id, 0, { labRun: good, answer: "draft" }, now)).toMatchObject({ ok: true });
    const before = await stored(id);
    const hostile: Array<[string, RegExp]> = [
      [run({ t: 1_000_000_000 }), /out of range \(t: a run may reach at most 10 minutes/],
      [run({ t: 1e8 }), /out of range \(t: /],
      [run({ a: [[1e12, 0, crash]] }), /out of range \(a\.0\.0: /],
      [run({ a: [[0, 1e15, crash]] }), /out of range \(a\.0\.1: /],
      [run({ a: Array.from({ length: MAX_ACTIONS + 1 }, (_, i) => [i, i, crash]) }), /at most 2,000 actions/],
      [run({ n: 64 }), /out of range \(n: /],
      ["A".repeat(MAX_SHARE_CODE_LENGTH + 1), /too long to save/],
      [Buffer.from("[".repeat(40_000) + "]".repeat(40_000)).toString("base64url"), /cannot be saved/],
      [
        Buffer.from('{"v":1,"s":"chain-basic","seed":1,"a":[],"t":1e999}').toString("base64url"),
        /cannot be saved: .*\(t: /,
      ],
    ];
    for (const [labRun, message] of hostile) {
      const result = await saveLabWork(ada, id, 0, { labRun, answer: "changed" }, now);
      expect(result).toEqual({ ok: false, error: "invalid", message: expect.stringMatching(message) });
    }
    expect(await stored(id)).toEqual(before);
  });

  it("fuzz: whatever code arrives, a refused save writes nothing and an accepted one stores a run within the limits", async () => {
    const id = await labAssignment();
    const number = fc.oneof(
      fc.integer({ min: 0, max: 5000 }),
      fc.constantFrom(MAX_RUN_TIME_MS, MAX_RUN_TIME_MS + 1, 1e9, 1e21, -1, 0.5),
    );
    const code = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .record({
          v: fc.constantFrom(1, 2),
          s: fc.constantFrom(SCENARIO, "chain-long"),
          seed: number,
          n: fc.option(number, { nil: undefined }),
          a: fc.array(
            fc.tuple(number, number, fc.constantFrom<unknown>(crash, { type: "write", key: "x" }, { type: "explode" })),
            { maxLength: 4 },
          ),
          t: number,
        })
        .map(raw),
    );
    await fc.assert(
      fc.asyncProperty(code, async (labRun) => {
        const before = await stored(id);
        const result = await saveLabWork(ada, id, 0, { labRun }, now);
        if (!result.ok) {
          expect(result.error).toBe("invalid");
          expect(await stored(id)).toEqual(before);
          return;
        }
        const decoded = decodeShare(labRun);
        expect(decoded.success && decoded.data.time <= MAX_RUN_TIME_MS && decoded.data.scenario === SCENARIO).toBe(
          true,
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe("interview lab events", () => {
  async function ledSession(): Promise<string> {
    const created = await createInterview(teacher, { promptSlug: "galera-write-heavy", mode: "led", durationMin: 45 });
    if (!created.ok || !created.joinCode) throw new Error("not created");
    await joinInterview(ada, created.joinCode);
    // In its deep dive: the lab is open.
    for (const intent of ["start", "advance-phase", "advance-phase"])
      await controlInterview(teacher, created.id, { intent });
    return created.id;
  }
  const labAction = { kind: "lab-action", label: "crash B", action: crash, at: 0, step: 0 };
  const events = (sessionId: string) => db().interviewEvent.count({ where: { sessionId } });
  const labEvents = (sessionId: string) =>
    db().interviewEvent.count({ where: { sessionId, kind: { in: ["lab-action", "fault"] } } });

  it("stops taking lab actions and faults once the session holds as many as one run may", async () => {
    const id = await ledSession();
    const payload = JSON.stringify({ kind: "lab-action", label: "crash B", action: crash });
    await db().interviewEvent.createMany({
      data: Array.from({ length: MAX_ACTIONS - 1 }, (_, i) => ({
        sessionId: id,
        seq: i + 10, // after the phase entries
        kind: "lab-action",
        payload,
        elapsedMs: i,
      })),
    });
    expect(await recordLabEvent(ada, id, labAction)).toEqual({ ok: true });
    expect(await labEvents(id)).toBe(MAX_ACTIONS);
    expect(await recordLabEvent(ada, id, labAction)).toEqual({
      ok: false,
      error: "out-of-order",
      message: expect.stringMatching(/already holds 2,000 actions and faults/),
    });
    expect(await recordLabEvent(teacher, id, { kind: "fault", label: "crash B", action: crash })).toMatchObject({
      ok: false,
      error: "out-of-order",
    });
    expect(await labEvents(id)).toBe(MAX_ACTIONS);
  });

  it("fuzz: a refused event writes nothing", async () => {
    const id = await ledSession();
    const payload = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.record({
        kind: fc.constantFrom("lab-action", "fault", "phase", "nope"),
        label: fc.string({ maxLength: 300 }),
        action: fc.oneof(fc.constant<unknown>(crash), fc.anything({ maxDepth: 2 })),
      }),
    );
    await fc.assert(
      fc.asyncProperty(payload, fc.boolean(), async (body, asInterviewer) => {
        const before = await events(id);
        const result = await recordLabEvent(asInterviewer ? teacher : ada, id, body);
        expect(await events(id)).toBe(result.ok ? before + 1 : before);
      }),
      { numRuns: 40 },
    );
  });
});
