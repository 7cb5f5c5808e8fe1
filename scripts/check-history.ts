/**
 * Prints a linearizability verdict per Jepsen etcd log:
 *
 *     npx tsx scripts/check-history.ts tests/fixtures/jepsen-etcd/*.log
 *
 * Output, one line per file: `<file> linearizable|not-linearizable|unknown`
 * (the format of tests/fixtures/jepsen-etcd/verdicts.txt), with `--explain` also
 * the explanation of each violation. `--failed-cas=compare-failed` reads a
 * failed cas as "ran and saw another value" (Jepsen etcd's meaning) instead of
 * "did not happen" (the history contract). Exit code 1 on a parse error.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { checkLinearizability } from "../lib/sim/checkers/linearizability";
import { parseJepsenLog } from "../lib/sim/checkers/jepsen-log";

const args = process.argv.slice(2);
const explain = args.includes("--explain");
const failedCas = args.includes("--failed-cas=compare-failed") ? "compare-failed" : "did-not-happen";
const files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) {
  console.error("usage: tsx scripts/check-history.ts [--explain] <file.log...>");
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const parsed = parseJepsenLog(readFileSync(file, "utf8"));
  if (!parsed.success) {
    console.error(`${file}: ${parsed.error}`);
    failed = true;
    continue;
  }
  const result = checkLinearizability(parsed.data, { explain, failedCas, maxSteps: 50_000_000 });
  const verdict =
    result.linearizable === "unknown" ? "unknown" : result.linearizable ? "linearizable" : "not-linearizable";
  console.log(`${basename(file)} ${verdict}`);
  if (explain) for (const v of result.violations) console.log(`  ${v.explanation}`);
}
process.exit(failed ? 1 : 0);
