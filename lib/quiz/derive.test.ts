import { describe, expect, it } from "vitest";
import { lostWrites, replay, runUntil, scenarios } from "@/lib/sim";
import { askQuestion } from "./ask";
import { deriveScenario } from "./derive";
import { ScenarioQuestionSchema } from "./schema";

const q = (generator: string, params: Record<string, { min: number; max: number }>) =>
  ScenarioQuestionSchema.parse({
    id: "q",
    type: "scenario",
    prompt: "What happens?",
    concepts: ["x"],
    explanation: "An explanation long enough.",
    generator,
    params,
    variants: 4,
  });
const answerOf = (generator: string, params: Record<string, { min: number; max: number }>, seed = 1) => {
  const r = deriveScenario(q(generator, params), seed);
  if (!r.ok) throw new Error(r.reason);
  return r.variant;
};

describe("scenario answers come from the engine", () => {
  it("a read from a replica lagging longer than the gap returns the old state; no lag returns the write", () => {
    expect(answerOf("stale-read", { lagMs: { min: 3000, max: 3000 }, gapMs: { min: 500, max: 500 } }).answer).toBe(
      "missing",
    );
    expect(answerOf("stale-read", { lagMs: { min: 0, max: 0 }, gapMs: { min: 500, max: 500 } }).answer).toBe("new");
  });

  it("the stale read is not linearizable, and the checker's witness explains it", () => {
    const v = answerOf("replica-read-linearizable", { lagMs: { min: 3000, max: 3000 }, gapMs: { min: 500, max: 500 } });
    expect(v.answer).toBe("no");
    expect(v.witness.findings.join(" ")).toContain("cannot be ordered");
  });

  it("split brain without fencing loses the old leader's acknowledged write; synchronous replication never acknowledges it", () => {
    expect(answerOf("failover-write", { writeAt: { min: 4000, max: 4000 } }).answer).toBe("lost");
    expect(answerOf("failover-write", { writeAt: { min: 4000, max: 4000 }, sync: { min: 1, max: 1 } }).answer).toBe(
      "not-acked",
    );
  });

  it("the witness events show the lost write being invoked and acknowledged, the lines a candidate needs to see it was lost", () => {
    const v = answerOf("failover-write", { writeAt: { min: 4000, max: 4000 } });
    expect(v.witness.ops).toEqual(['write w="w7" by east2 at [4000, 4001] — acknowledged, then lost']);
    expect(v.witness.events).toEqual([
      "4000 ms A: east2 invokes write w=w7 on A (op 1)",
      "4001 ms A: east2 write w=w7 → ok (op 1)",
    ]);
  });

  it("last write wins with a 500 ms fast clock keeps A's earlier write unless B writes more than 500 ms later", () => {
    expect(answerOf("lww-skew", { gap: { min: 100, max: 100 } }).answer).toBe("a");
    expect(answerOf("lww-skew", { gap: { min: 900, max: 900 } }).answer).toBe("b");
  });

  it("the lab link replays to the same run", () => {
    const v = answerOf("failover-write", { writeAt: { min: 4000, max: 4000 } });
    const base = scenarios[v.lab.scenario];
    if (!base) throw new Error("no scenario");
    const sim = replay({ ...base, seed: v.lab.seed }, v.lab.actions);
    runUntil(sim, v.lab.time);
    expect(lostWrites(sim).some((op) => op.key === "w")).toBe(true);
  });

  it("the client question carries no key and no explanation", () => {
    const asked = askQuestion(q("failover-write", { writeAt: { min: 4000, max: 4000 } }), 1);
    if (!asked.ok) throw new Error(asked.reason);
    const json = JSON.stringify(asked.client);
    expect(json).not.toContain("An explanation long enough");
    expect(json).not.toContain('"answer"');
    expect(asked.key).toMatchObject({ type: "scenario-choice", answer: "lost" });
  });
});
