import { describe, expect, it } from "vitest";
import { createSimulation, runToQuiescence, step } from "./engine";
import type { LogRecord } from "./log-event";
import { scenarios } from "./scenarios";
import { formatEvent } from "./snapshot";

const start = (name: string) => {
  const base = scenarios[name];
  if (!base) throw new Error(`no scenario ${name}`);
  return { sim: createSimulation(base, { eventLog: true }), durationMs: base.durationMs };
};

// One scenario per protocol, each with faults, so every protocol's events appear.
const NAMES = [
  "github-2018",
  "semi-sync-fallback",
  "chain-middle-failure",
  "galera-partition",
  "galera-certification-race",
  "leaderless-read-repair-blocking",
  "leaderless-hinted-handoff",
  "multi-master-siblings",
];

describe("the event log is plain data", () => {
  it.each(NAMES)("%s: every record survives a JSON round trip and reads the same", (name) => {
    const { sim, durationMs } = start(name);
    runToQuiescence(sim, durationMs);
    const copy = JSON.parse(JSON.stringify(sim.events)) as LogRecord[];
    expect(copy.map(formatEvent)).toEqual(sim.events.map(formatEvent));
  });

  it.each(NAMES)(
    "%s: a record reads at the end of the run as it read when recorded (it holds copies, not the engine's live state)",
    (name) => {
      const { sim, durationMs } = start(name);
      const asRecorded: string[] = [];
      while (sim.now <= durationMs && step(sim))
        for (let k = asRecorded.length; k < sim.events.length; k++)
          asRecorded.push(formatEvent(sim.events[k] as LogRecord));
      expect(asRecorded.length).toBeGreaterThan(0);
      expect(sim.events.map(formatEvent)).toEqual(asRecorded);
    },
  );
});
