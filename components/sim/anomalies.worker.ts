/// <reference lib="webworker" />
/** Searches a run's history for anomalies off the main thread (see anomaly-tracker.ts). */
import { anomaliesFrom } from "./anomalies";
import type { AnomalyReply, AnomalyRequest } from "./anomaly-tracker";

addEventListener("message", (e: MessageEvent<AnomalyRequest>) => {
  const { id, input } = e.data;
  try {
    postMessage({ id, anomalies: anomaliesFrom(input) } satisfies AnomalyReply);
  } catch (err) {
    postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies AnomalyReply);
  }
});
