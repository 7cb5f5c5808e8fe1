/// <reference lib="webworker" />
/**
 * Searches a run's history for anomalies off the main thread (see lib/lab/anomaly-tracker.ts; started by
 * anomaly-worker.ts).
 */
import { anomaliesFrom } from "@/lib/lab/anomalies";
import type { AnomalyReply, AnomalyRequest } from "@/lib/lab/anomaly-tracker";

addEventListener("message", (e: MessageEvent<AnomalyRequest>) => {
  const { id, input } = e.data;
  try {
    postMessage({ id, anomalies: anomaliesFrom(input) } satisfies AnomalyReply);
  } catch (err) {
    postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies AnomalyReply);
  }
});
