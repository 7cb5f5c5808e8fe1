/**
 * `npm run bench`: runs every registered benchmark and prints a table.
 * To add one, export an async `() => Promise<BenchResult>` and add a line below.
 */
import { benchEvents, type BenchResult } from "./sim-events";

const benches: ReadonlyArray<{ readonly name: string; readonly run: () => Promise<BenchResult> }> = [
  { name: "bare-heap", run: () => import("./bare-heap").then((m) => m.benchBareHeapLoop()) },
  { name: "sim-events", run: () => benchEvents("single-leader") },
  { name: "checker", run: () => import("./checker").then((m) => m.benchChecker()) },
  { name: "leaderless", run: () => benchEvents("leaderless") },
  { name: "chain", run: () => benchEvents("chain") },
  { name: "multi-master", run: () => benchEvents("multi-master") },
  { name: "galera", run: () => benchEvents("galera") },
  { name: "raft", run: () => benchEvents("raft") },
  { name: "lab-open-worst", run: () => import("./lab-limits").then((m) => m.benchLabOpen()) },
  { name: "lab-ssr-worst", run: () => import("./lab-limits").then((m) => m.benchLabServerRender()) },
  { name: "lab-seek-back", run: () => import("./lab-seek").then((m) => m.benchLabSeek()) },
];

async function main(): Promise<void> {
  const only = process.argv[2];
  const rows: BenchResult[] = [];
  for (const b of benches) {
    if (only !== undefined && b.name !== only) continue;
    rows.push(await b.run());
  }
  // Each engine row against the bare heap loop measured in this same process (issue 17 asks for ≥ 0.5×).
  const bare = rows.find((r) => r.name.startsWith("bare heap loop"));
  if (bare)
    for (const [i, r] of rows.entries())
      if (r !== bare && r.name.startsWith("sim-events"))
        rows[i] = { ...r, detail: `${(r.value / bare.value).toFixed(2)}× the bare heap loop; ${r.detail}` };
  const w = Math.max(10, ...rows.map((r) => r.name.length));
  console.log(`${"benchmark".padEnd(w)}  ${"value".padStart(12)}  unit        detail`);
  for (const r of rows)
    console.log(
      `${r.name.padEnd(w)}  ${r.value.toLocaleString("en-US").padStart(12)}  ${r.unit.padEnd(10)}  ${r.detail}`,
    );
}

void main();
