/**
 * Starts the anomaly search worker for a lab store. The bundler needs the
 * worker's URL written out here, beside its entry file; the tracker that
 * drives it (lib/lab/anomaly-tracker.ts) stays pure.
 */
import type { AnomalyReply, StartSearchWorker } from "@/lib/lab/anomaly-tracker";

export const startAnomalyWorker: StartSearchWorker = (onReply, onError) => {
  if (typeof Worker === "undefined") return null;
  const w = new Worker(new URL("./anomalies.worker.ts", import.meta.url));
  w.onmessage = (e: MessageEvent<AnomalyReply>) => onReply(e.data);
  w.onerror = () => onError();
  return { post: (request) => w.postMessage(request), terminate: () => w.terminate() };
};
