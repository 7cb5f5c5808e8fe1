/// <reference lib="webworker" />
/** Runs parameter sweeps off the main thread. Cancel by terminating the worker. */
import { runSweep, type SweepMessage, type SweepRequest } from "@/lib/lab/sweep";

addEventListener("message", (e: MessageEvent<SweepRequest>) => {
  try {
    runSweep(e.data, (m: SweepMessage) => postMessage(m));
  } catch (err) {
    postMessage({ type: "error", message: err instanceof Error ? err.message : String(err) } satisfies SweepMessage);
  }
});
