import type { ScenarioInput } from "../scenario";

export const github2018: ScenarioInput = {
  title: "GitHub, October 2018: 43 seconds that split the primaries",
  description:
    "A simplified model of GitHub's 21 October 2018 incident. The primary E1 is on the US East Coast with a local replica E2; W1 and W2 are replicas on the West Coast, where the failover tool (Orchestrator) has its quorum. Network maintenance cuts East from West for 43 seconds. During the cut, the failover tool sees the primary as unreachable and promotes the West Coast replica W1, and application servers in the West start writing there, while East clients keep writing to E1, which had no fencing. When connectivity returns, E1 learns of the newer epoch and rejoins as a replica, discarding the writes only it had: in this model they are acknowledged writes that are lost. With fencing on, E1 stops acknowledging once its lease runs out, and W1 cannot win: E1 and E2 hold more of the log and refuse to promise, so E1 leads again after the heal and nothing acknowledged is lost. In the real incident the West Coast primaries kept taking writes until primaries were re-established on the East Coast about 12 hours later (11:12 UTC, 22 October); GitHub reports no user data lost and reconciled a few seconds of East Coast writes by hand, and the service was degraded for 24 hours 11 minutes while data was restored and re-replicated.",
  seed: 2018,
  durationMs: 90000,
  topology: {
    protocol: "single-leader",
    nodes: [
      { id: "E1", region: "us-east" },
      { id: "E2", region: "us-east" },
      { id: "W1", region: "us-west" },
      { id: "W2", region: "us-west" },
    ],
    leader: "E1",
  },
  replication: { mode: "async" },
  network: {
    latency: { baseMs: 1, jitter: "exponential", jitterMs: 0.5 },
    links: [{ from: ["E1", "E2"], to: ["W1", "W2"], latency: { baseMs: 35, jitter: "normal", jitterMs: 3 } }],
  },
  failureDetector: { enabled: true, timeoutMs: 5000, intervalMs: 1000, location: "W2" },
  fencing: { enabled: false },
  clientTimeoutMs: 1000,
  workload: {
    clients: [
      { near: "E2", count: 2 },
      { near: "W2", count: 2 },
    ],
    ratePerClient: 4,
    readFraction: 0.3,
    keys: { count: 20, hotKey: "repo:1", hotFraction: 0.2 },
    stopMs: 75000,
  },
  faults: [
    { at: 10000, type: "cut", from: ["E1", "E2"], to: ["W1", "W2"] },
    { at: 53000, type: "heal" },
  ],
};
