/**
 * Throughput and tail latency of one page under a fixed number of open
 * connections, measured with autocannon (the wrk figures used -c50).
 */
import autocannon from "autocannon";

export interface PageLoad {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Responses that were not 2xx, plus connection errors and timeouts. */
  readonly failures: number;
}

export async function loadPage(
  url: string,
  options: { connections: number; seconds: number; compressed: boolean },
): Promise<PageLoad> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.compressed ? { "accept-encoding": "gzip, br" } : {},
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
