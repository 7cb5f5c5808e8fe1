/**
 * `npm run sim -- --scenario <name> [--seed <n>] [--until <ms>] [--json] [--verbose]`
 * `npm run sim -- --compare [--seed <n>] [--json]`: every topology, same workload and faults (lib/sim/compare.ts).
 * `npm run sim -- --help`: the usage and the scenarios grouped by topology.
 *
 * Runs a built-in scenario and prints a readable timeline, the checkers'
 * verdict and the metrics. `--json` prints only the history as JSON.
 * Bad input: one sentence on stderr and exit code 2.
 */
import { runCheckers } from "@/lib/sim/checkers";
import { checkerInput, historyOf, lostWrites } from "@/lib/sim/checker-input";
import { createSimulation, runToQuiescence, runUntil } from "@/lib/sim/engine";
import { compareTopologies, formatCompareTable } from "@/lib/sim/compare";
import { computeMetrics } from "@/lib/sim/metrics";
import { multiMasterReport } from "@/lib/sim/protocols/multi-master";
import { scenarioNames, scenarios } from "@/lib/sim/scenarios";
import type { LogRecord } from "@/lib/sim/sim-state";
import { formatEvent, snapshot } from "@/lib/sim/snapshot";

interface Args {
  scenario: string;
  seed: number | undefined;
  until: number | undefined;
  json: boolean;
  verbose: boolean;
  compare: boolean;
}

const USAGE =
  "Usage: npm run sim -- --scenario <name> [--seed <n>] [--until <ms>] [--json] [--verbose], or --compare [--seed <n>] [--json], or --help.";

/** The scenario names under their topology, for --help. */
function scenarioListing(): string {
  const byTopology = new Map<string, string[]>();
  for (const [name, s] of Object.entries(scenarios)) {
    const group = byTopology.get(s.topology.protocol) ?? [];
    group.push(`    ${name}${s.title ? `: ${s.title}` : ""}`);
    byTopology.set(s.topology.protocol, group);
  }
  return [...byTopology].map(([topology, lines]) => `  ${topology}\n${lines.join("\n")}`).join("\n");
}

function printHelp(): never {
  process.stdout.write(
    `${USAGE}\n\n` +
      "  --scenario <name>  run one built-in scenario and print its timeline, the checkers' verdict and the metrics\n" +
      "  --seed <n>         the seed for the run (default: the scenario's own)\n" +
      "  --until <ms>       stop at this virtual time instead of when the run goes quiet\n" +
      "  --json             print only the history as JSON\n" +
      "  --verbose          include routine traffic (deliveries, drops, workload operations)\n" +
      "  --compare          every topology under the same workload and faults, as one table\n" +
      "  --help             this text\n\n" +
      `Scenarios by topology:\n${scenarioListing()}\n`,
  );
  process.exit(0);
}

function usageError(message: string): never {
  process.stderr.write(`${message} ${USAGE} Valid scenarios: ${scenarioNames().join(", ")}.\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { scenario: "", seed: undefined, until: undefined, json: false, verbose: false, compare: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) usageError(`${flag} needs a value.`);
      return v;
    };
    const int = (name: string, v: string): number => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) usageError(`${name} must be a non-negative integer, got "${v}".`);
      return n;
    };
    switch (flag) {
      case "--scenario":
        args.scenario = value();
        break;
      case "--seed":
        args.seed = int("--seed", value());
        break;
      case "--until":
        args.until = int("--until", value());
        break;
      case "--json":
        args.json = true;
        break;
      case "--verbose":
        args.verbose = true;
        break;
      case "--compare":
        args.compare = true;
        break;
      case "--help":
      case "-h":
        printHelp();
      // printHelp exits
      default:
        usageError(`Unknown flag "${flag}".`);
    }
  }
  if (args.compare) return args;
  if (args.scenario === "") usageError("Missing --scenario.");
  if (!(args.scenario in scenarios)) usageError(`Unknown scenario "${args.scenario}".`);
  return args;
}

/** The names the workload generator gives its clients (lib/sim/workload.ts). */
const WORKLOAD_CLIENT = /^c-\S+-\d+$/;

/** Routine traffic (deliveries, dropped messages, workload operations) is hidden unless --verbose. */
function interesting(r: LogRecord): boolean {
  switch (r.event.kind) {
    case "msg":
    case "drop":
      return false;
    case "op":
      return !("client" in r.event && WORKLOAD_CLIENT.test(r.event.client));
    default:
      return true;
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.compare) {
    const result = compareTopologies(args.seed === undefined ? {} : { seed: args.seed });
    process.stdout.write(`${args.json ? JSON.stringify(result, null, 2) : formatCompareTable(result)}\n`);
    return;
  }
  const base = scenarios[args.scenario];
  if (!base) usageError(`Unknown scenario "${args.scenario}".`);
  const scenario = args.seed === undefined ? base : { ...base, seed: args.seed };
  const sim = createSimulation(scenario, { eventLog: !args.json });
  if (args.until !== undefined) runUntil(sim, args.until);
  else runToQuiescence(sim, scenario.durationMs);

  if (args.json) {
    process.stdout.write(`${JSON.stringify(historyOf(sim), null, 2)}\n`);
    return;
  }

  const out: string[] = [];
  out.push(
    `${scenario.title ?? args.scenario} (seed ${scenario.seed}, stopped at ${sim.now.toFixed(0)} ms, ${sim.steps} events)`,
    "",
  );
  const shown = sim.events.filter((r) => args.verbose || interesting(r));
  const hidden = sim.events.length - shown.length;
  out.push("Timeline", ...shown.map(formatEvent));
  if (hidden > 0) out.push(`  (${hidden} routine events hidden; --verbose shows them)`);

  const snap = snapshot(sim);
  out.push("", "Nodes");
  for (const n of snap.nodes)
    out.push(
      `  ${n.id.padEnd(4)} ${n.status.padEnd(8)} ${n.role.padEnd(9)} epoch ${n.epoch}  log ${n.logLsn}  applied ${n.appliedLsn}  lag ${n.lagEntries} entries / ${n.lagMs.toFixed(0)} ms${n.note ? `  (${n.note})` : ""}`,
    );

  const report = runCheckers(checkerInput(sim));
  out.push("", `Checkers: linearizable = ${String(report.linearizable)}, ${report.violations.length} violation(s)`);
  for (const v of report.violations.slice(0, 15))
    out.push(
      `  [${v.checker}] at ${v.at.toFixed(0)} ms${v.key !== undefined ? ` key ${v.key}` : ""}: ${v.explanation}`,
    );
  if (report.violations.length > 15) out.push(`  … and ${report.violations.length - 15} more`);

  const m = computeMetrics(sim);
  const lost = lostWrites(sim);
  out.push(
    "",
    "Metrics",
    `  operations        ok ${m.ops.ok}, fail ${m.ops.fail}, info ${m.ops.info}; throughput ${m.throughput.toFixed(1)} ops/s`,
    `  write latency ms  p50 ${m.write.p50.toFixed(1)}  p95 ${m.write.p95.toFixed(1)}  p99 ${m.write.p99.toFixed(1)}  (${m.write.count})`,
    `  read latency ms   p50 ${m.read.p50.toFixed(1)}  p95 ${m.read.p95.toFixed(1)}  p99 ${m.read.p99.toFixed(1)}  (${m.read.count})`,
    `  stale reads       ${m.staleReads} (${(m.staleReadRate * 100).toFixed(1)}%)`,
    `  unavailable ms    ${Object.entries(m.unavailableMs)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(", ")}`,
    `  lost writes       ${m.lostWrites}${
      lost.length > 0
        ? `: ${lost
            .slice(0, 8)
            .map(
              (o) => `${o.key}=${String(o.input.f === "write" ? o.input.value : "")} (op ${o.id} on ${o.node ?? "?"})`,
            )
            .join(", ")}${lost.length > 8 ? ", …" : ""}`
        : ""
    }`,
  );
  const counters = sim.protocol.counters?.(sim, sim.protocolState);
  if (counters)
    out.push(
      `  ${sim.protocol.name.padEnd(18)}${Object.entries(counters)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`,
    );
  const mm = multiMasterReport(sim);
  if (mm) {
    const peak = mm.divergence.reduce((a, d) => (d.keys > a.keys ? d : a), { at: 0, keys: 0 });
    out.push(
      `  divergence        peak ${peak.keys} keys at ${peak.at.toFixed(0)} ms, ${mm.divergence[mm.divergence.length - 1]?.keys ?? 0} at the end (${mm.divergence.length} samples)`,
      `  conflicts         ${mm.conflicts.length}`,
    );
    for (const c of mm.conflicts.slice(0, 10))
      out.push(
        `    at ${c.at.toFixed(0)} ms ${c.key} [${c.kind}] ${c.writes.map((w) => `op ${w.opId} ${w.node}=${String(w.value)}`).join(" vs ")}: ${c.resolution}`,
      );
    if (mm.conflicts.length > 10) out.push(`    … and ${mm.conflicts.length - 10} more`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

main();
