/**
 * The reference for the engine's speed (issue 17): a bare discrete-event loop
 * over the engine's binary heap (`EventHeap`, without the queue's FIFO lane):
 * pop the earliest event, push one new event object a random delay later,
 * with nothing simulated. The engine's events/s divided by this loop's,
 * measured in the same process, is the ratio `npm run bench` prints.
 */
import { EventHeap } from "@/lib/sim/heap";
import { WARM_UP_EVENTS, type BenchResult } from "./sim-events";

interface BareEvent {
  readonly t: number;
  readonly seq: number;
  readonly node: number;
}

/**
 * Events pending in the loop's heap: about as many as the 5-node, 20-client engine bench keeps pending in all (3,500
 * on average over its first 3 s, 5,200 over its first minute). The engine keeps nearly all of them, its client
 * timeouts, in the queue's FIFO lane and only about 30 in its heap, so each of its heap operations sifts through
 * fewer levels than this loop's: the loop stands for the cost of a plain heap of that many events, not for the
 * engine's own queue.
 */
const PENDING = 4000;

export async function benchBareHeapLoop(minMs = 2000): Promise<BenchResult> {
  const heap = new EventHeap<BareEvent>();
  let seq = 0;
  let x = 0x9e3779b9;
  for (let i = 0; i < PENDING; i++) heap.push({ t: i / PENDING, seq: seq++, node: i % 5 });
  const run = (events: number) => {
    for (let i = 0; i < events; i++) {
      const e = heap.pop() as BareEvent;
      // xorshift32: a delay in [1, 2) ms, like a link's jittered latency.
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      heap.push({ t: e.t + 1 + (x >>> 0) / 4294967296, seq: seq++, node: e.node });
    }
  };
  run(WARM_UP_EVENTS);
  let events = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() - start < minMs) {
    run(100_000);
    events += 100_000;
  }
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return {
    name: "bare heap loop (reference)",
    value: Math.round((events * 1000) / elapsed),
    unit: "events/s",
    detail: `${events} pops and pushes in ${elapsed.toFixed(0)} ms wall (${Math.round((events * 1e6) / (cpu.user + cpu.system)).toLocaleString("en-US")} events per CPU-second), ${PENDING} pending, nothing simulated`,
  };
}
