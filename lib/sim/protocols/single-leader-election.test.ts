/**
 * The election restriction and what fencing guarantees, over random fault
 * schedules (fast-check). A run is stepped one event at a time and watched:
 * which log entries a majority has stored at once, who becomes leader, which
 * acknowledged writes vanish, and what the event log says about them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScheduledAction } from "../actions";
import { lostWrites } from "../checker-input";
import { createSimulation, step } from "../engine";
import { propertyScenario, scheduleArb } from "../fault-arbitraries";
import { formatSchedule } from "../fault-syntax";
import type { Operation } from "../history";
import type { Scenario, ScenarioInput } from "../scenario";
import { scenarios } from "../scenarios";
import type { LogEntry, Sim } from "../sim-state";
import type { WriteRef } from "./single-leader-events";

const entryKey = (e: LogEntry): string => `${e.lsn}|${e.epoch}|${e.opId}`;

interface Watch {
  readonly sim: Sim;
  /** Every entry that was, at some moment, stored on a majority of nodes at the same position. */
  readonly majorityStored: Map<string, LogEntry>;
  /** Leaders elected (node at epoch) whose log lacked such an entry when they took office. */
  readonly badElections: string[];
  /** The highest number of nodes that held each write's entry at once, by operation id. */
  readonly maxHolders: Map<number, number>;
}

/**
 * Steps `sim` until it settles or `maxTime`, recording what a majority stored and checking every new leader against it.
 */
function runWatched(sim: Sim, maxTime: number): Watch {
  const n = sim.n;
  const majority = Math.floor(n / 2) + 1;
  const prev = sim.nodes.map((s) => s.log.slice());
  const led = new Set<string>();
  const w: Watch = { sim, majorityStored: new Map(), badElections: [], maxHolders: new Map() };
  const holdersAt = (k: number, key: string): number =>
    sim.nodes.filter((s) => s.log[k] !== undefined && entryKey(s.log[k]) === key).length;

  const observe = (): void => {
    for (let i = 0; i < n; i++) {
      const log = (sim.nodes[i] ?? { log: [] }).log;
      const old = prev[i] ?? [];
      const top = log[log.length - 1];
      const oldTop = old[old.length - 1];
      if (log.length === old.length && (top === oldTop || (top && oldTop && entryKey(top) === entryKey(oldTop))))
        continue;
      let k = 0;
      while (k < log.length && k < old.length && entryKey(log[k] as LogEntry) === entryKey(old[k] as LogEntry)) k++;
      if (k === log.length && k === old.length) continue;
      for (let j = k; j < log.length; j++) {
        const e = log[j] as LogEntry;
        const key = entryKey(e);
        const holders = holdersAt(j, key);
        if (holders > (w.maxHolders.get(e.opId) ?? 0)) w.maxHolders.set(e.opId, holders);
        if (holders >= majority) w.majorityStored.set(key, e);
      }
      prev[i] = log.slice();
    }
    for (const s of sim.nodes) {
      if (s.role !== "leader" || led.has(`${s.id}@${s.epoch}`)) continue;
      led.add(`${s.id}@${s.epoch}`);
      const missing = [...w.majorityStored.values()].filter(
        (e) => s.log[e.lsn - 1] === undefined || entryKey(s.log[e.lsn - 1] as LogEntry) !== entryKey(e),
      );
      if (missing.length > 0)
        w.badElections.push(
          `${s.id} leads epoch ${s.epoch} at ${sim.now} ms without ${missing.length} majority-stored entries, e.g. LSN ${missing
            .slice(0, 5)
            .map((e) => `${e.lsn} (epoch ${e.epoch})`)
            .join(", ")}`,
        );
    }
  };

  observe();
  for (;;) {
    if (sim.active === 0 && sim.protocol.settled(sim, sim.protocolState)) break;
    const next = sim.queue.peek();
    if (next === undefined || next.t > maxTime) break;
    step(sim);
    observe();
  }
  return w;
}

const fencedAsync: Partial<ScenarioInput> = {
  replication: { mode: "async" },
  fencing: { enabled: true, leaseMs: 500 },
  failureDetector: { enabled: true, timeoutMs: 2000, intervalMs: 250, location: "C" },
};

const watch = (
  seed: number,
  faults: readonly ScheduledAction[],
  over: Partial<ScenarioInput> = fencedAsync,
  eventLog = false,
): Watch => runWatched(createSimulation(propertyScenario(seed, faults, over), { eventLog }), 40000);

const show = (o: Operation): string => `${o.key}=${String(o.input.f === "write" ? o.input.value : "")}`;

/** The writes named by "unreplicated-tail" events (an acknowledged tail never confirmed on a majority), per node. */
function tailsNamed(sim: Sim): Map<string, WriteRef[]> {
  const named = new Map<string, WriteRef[]>();
  for (const e of sim.events)
    if (e.event.type === "unreplicated-tail" && e.node !== null)
      named.set(e.node, [...(named.get(e.node) ?? []), ...e.event.writes]);
  return named;
}

/** Whether `writes` names the write `o`. */
function names(writes: readonly WriteRef[] | undefined, o: Operation): boolean {
  const input = o.input;
  return input.f === "write" && (writes ?? []).some((w) => w.key === o.key && w.value === input.value);
}

/** Lost writes that no such event at the node which acknowledged them names. */
const unexplainedLosses = (sim: Sim): Operation[] => {
  const named = tailsNamed(sim);
  return lostWrites(sim).filter((o) => !names(named.get(o.node ?? ""), o));
};

describe("election restriction (Raft §5.4.1) with fencing on", () => {
  it("never elects a leader whose log lacks an entry a majority had stored, over random fault schedules", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        scheduleArb(),
        fc.constantFrom<Partial<ScenarioInput>>(fencedAsync, {
          ...fencedAsync,
          replication: { mode: "semi-sync", semiSyncTimeoutMs: 300 },
        }),
        (seed, faults, over) => {
          const w = watch(seed, faults, over);
          if (w.badElections.length > 0) throw new Error(`${w.badElections.join("; ")}\n${formatSchedule(faults)}`);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a lagging candidate is refused and stands down; the up-to-date node is promoted instead", () => {
    // B is cut off with A's first writes missing; A crashes; B asks C, which holds more, and is refused.
    const sim = createSimulation(
      propertyScenario(
        3,
        [
          { at: 1000, type: "cut", from: ["B"], to: ["A", "C"] },
          { at: 2000, type: "crash", node: "A" },
          { at: 2100, type: "heal" },
          { at: 2200, type: "promote", node: "B" },
        ],
        fencedAsync,
      ),
      { eventLog: true },
    );
    runWatched(sim, 8000);
    const refusal = sim.events.find((e) => e.node === "C" && e.event.type === "refuses-promise");
    expect(refusal?.event).toMatchObject({ epoch: 2, to: "B", theirs: { epoch: 1 }, own: { epoch: 1 } });
    if (refusal?.event.type === "refuses-promise") expect(refusal.event.theirs.lsn).toBeLessThan(refusal.event.own.lsn);
    expect(sim.events).toContainEqual(
      expect.objectContaining({
        node: "B",
        event: expect.objectContaining({ type: "stands-down", epoch: 2, deferTo: "C" }),
      }),
    );
    expect(sim.events).toContainEqual(
      expect.objectContaining({ event: expect.objectContaining({ type: "detector-promotes", promote: "C" }) }),
    );
    expect(sim.nodes[2]?.role).toBe("leader");
    expect(sim.protocol.authoritativeNode(sim, sim.protocolState)).toBe(2);
  });
});

describe("(regression) Raft's Figure 8 schedule", () => {
  // Without an opening empty entry per epoch, A (epoch 3) copied its epoch-1 tail to B, crashed before writing in
  // epoch 3, and C, whose last entry was from epoch 2, won B's promise and made B discard entries a majority held.
  const figure8: ScheduledAction[] = [
    { at: 1000, type: "cut", from: ["A"], to: ["B", "C"] },
    { at: 2000, type: "promote", node: "C" },
    { at: 2500, type: "cut", from: ["C"], to: ["A", "B"] },
    { at: 3500, type: "crash", node: "C" },
    { at: 3600, type: "heal" },
    { at: 3700, type: "promote", node: "A" },
    { at: 4100, type: "crash", node: "A" },
    { at: 4200, type: "restart", node: "C" },
    { at: 4500, type: "promote", node: "C" },
  ];

  it.each([1, 2, 3, 4, 5])(
    "seed %i: every new leader opens its epoch with an empty entry, and no leader lacks a majority-stored entry",
    (seed) => {
      const w = watch(
        seed,
        figure8,
        { replication: { mode: "async" }, fencing: { enabled: true, leaseMs: 500 } },
        true,
      );
      expect(w.badElections).toEqual([]);
      expect(w.sim.events).toContainEqual(
        expect.objectContaining({ node: "C", event: expect.objectContaining({ type: "opens-epoch", epoch: 2 }) }),
      );
      expect(unexplainedLosses(w.sim)).toEqual([]);
    },
  );
});

describe("what fencing still loses under asynchronous replication", () => {
  it("every acknowledged write that is lost appears in its old leader's unreplicated-tail event, over random fault schedules", () => {
    fc.assert(
      fc.property(fc.integer(), scheduleArb(), (seed, faults) => {
        const w = watch(seed, faults, fencedAsync, true);
        const bad = unexplainedLosses(w.sim);
        if (bad.length > 0)
          throw new Error(
            `lost without a tail event: ${bad
              .slice(0, 5)
              .map((o) => `${show(o)} on ${o.node ?? "?"}`)
              .join(", ")}\n${formatSchedule(faults)}`,
          );
      }),
      { numRuns: 60 },
    );
  });

  it("some random schedule does lose an acknowledged write under fencing, so the property above is not vacuous", () => {
    const result = fc.check(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        scheduleArb(),
        (seed, faults) => lostWrites(watch(seed, faults).sim).length === 0,
      ),
      { numRuns: 200, seed: 19 },
    );
    expect(result.failed).toBe(true);
  });

  it("(pinned) a leader cut off from both replicas acknowledges within its lease, and those writes are named when it steps down, then lost", () => {
    const sim = watch(
      5,
      [
        { at: 3000, type: "cut", from: ["A"], to: ["B", "C"] },
        { at: 9000, type: "heal" },
      ],
      fencedAsync,
      true,
    ).sim;
    const lost = lostWrites(sim);
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((o) => o.node === "A" && o.invokedAt >= 3000 && o.invokedAt < 3500)).toBe(true);
    const tail = sim.events.find((e) => e.node === "A" && e.event.type === "unreplicated-tail");
    expect(tail?.event).toMatchObject({ what: "steps down", mode: "async" });
    for (const o of lost)
      expect(names(tail?.event.type === "unreplicated-tail" ? tail.event.writes : [], o)).toBe(true);
    expect(unexplainedLosses(sim)).toEqual([]);
  });
});

describe("the fenced GitHub 2018 model", () => {
  const fencedGithub = (seed: number): Scenario => {
    const base = scenarios["github-2018"];
    if (!base) throw new Error("no github-2018 scenario");
    return { ...base, seed, fencing: { ...base.fencing, enabled: true } };
  };

  it("never loses a write that reached a majority, for any seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const w = runWatched(createSimulation(fencedGithub(seed)), 90000);
        const lostAfterMajority = lostWrites(w.sim).filter((o) => (w.maxHolders.get(o.id) ?? 0) >= 3);
        if (lostAfterMajority.length > 0)
          throw new Error(
            `seed ${seed}: lost ${lostAfterMajority.map(show).join(", ")} although 3 of 4 nodes had stored them`,
          );
        expect(w.badElections).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it("W1 is refused by E1 and E2, whose logs are longer, and E1 leads again with every acknowledged write", () => {
    const sim = createSimulation(fencedGithub(1), { eventLog: true });
    runWatched(sim, 90000);
    const roles = sim.events.filter((e) => e.event.kind === "role");
    expect(roles).toContainEqual(
      expect.objectContaining({
        node: "W1",
        event: expect.objectContaining({ type: "stands-down", epoch: 2, deferTo: "E1" }),
      }),
    );
    expect(roles).toContainEqual(
      expect.objectContaining({ node: "E1", event: expect.objectContaining({ type: "becomes-leader", epoch: 3 }) }),
    );
    expect(roles.filter((e) => e.node === "W1" && e.event.type === "becomes-leader")).toEqual([]);
    expect(lostWrites(sim)).toEqual([]);
  });
});
