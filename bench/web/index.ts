/**
 * `npm run bench:web`: the web benchmarks of issue 17, each against a
 * reference measured in the same run. See USAGE in ./options.ts for the flags,
 * and CONTRIBUTING.md for taking "before" figures from an older commit.
 *
 * It builds and serves Quorum from the checkout (`scripts/start.ts`, on a
 * throwaway PostgreSQL database) and the vanilla reference (bench/web/vanilla),
 * then prints one table. Quorum's build goes into the checkout's .next, which
 * the end-to-end suite shares: on a machine where others build too, run it as
 * `flock /tmp/quorum-build.lock npm run bench:web`.
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import path from "node:path";
import { DEFAULT_TEST_PG_URL } from "@/lib/db/config";
import { createDatabase, dropDatabase, dropOrphanedDatabases } from "@/lib/db/pg-admin";
import { exportCommit } from "./checkout";
import { runDynamicLoad, type DynamicLoadResult } from "./dynamic-load";
import { timeGrading, type GradingTimes } from "./grading";
import { parseOptions, USAGE, type BenchOptions } from "./options";
import { loadPage, type PageLoad } from "./page-load";
import { weighPage, type PageWeight } from "./page-weight";
import { lessonFiles, repoRoot, serveQuorum, serveVanilla, type Served } from "./servers";
import { formatTable, kB, ms, perSecond, times, type Row } from "./table";

const log = (line: string) => console.log(`[bench:web] ${line}`);

const TARGETS = {
  saveP99Ms: 200,
  answerP99Ms: 200,
  dashboardP99Ms: 300,
  gradingP99Ms: 30,
  firstLoadExtraBytes: 15_000,
  htmlRatio: 2,
} as const;

interface Figures {
  lessons?: { quorum: PageLoad; vanilla: PageLoad; quorumCompressed: PageLoad; vanillaCompressed: PageLoad };
  weight?: { lesson: PageWeight; landing: PageWeight; vanilla: PageWeight };
  dynamic?: DynamicLoadResult;
  grading?: GradingTimes;
}

async function measureLessons(
  options: BenchOptions,
  quorum: Served,
  vanilla: Served,
): Promise<NonNullable<Figures["lessons"]>> {
  const q = `${quorum.url}/learn/${options.lesson}`;
  const v = `${vanilla.url}/learn/${options.lesson}`;
  const run = (url: string, compressed: boolean) =>
    loadPage(url, { connections: options.connections, seconds: options.loadSeconds, compressed });
  log("warming up both servers (2 s each)");
  for (const url of [q, v]) await loadPage(url, { connections: options.connections, seconds: 2, compressed: false });
  // Alternating, so a change in the machine's load hits both sides alike.
  log(`lesson page, ${options.connections} connections, ${options.loadSeconds} s per run`);
  const quorumPlain = await run(q, false);
  const vanillaPlain = await run(v, false);
  const quorumCompressed = await run(q, true);
  const vanillaCompressed = await run(v, true);
  return { quorum: quorumPlain, vanilla: vanillaPlain, quorumCompressed, vanillaCompressed };
}

function lessonRows(options: BenchOptions, f: NonNullable<Figures["lessons"]>): Row[] {
  const failures = f.quorum.failures + f.vanilla.failures + f.quorumCompressed.failures + f.vanillaCompressed.failures;
  const note = failures > 0 ? ` (${failures} failed responses!)` : "";
  return [
    {
      measure: `lesson page req/s, no compression${note}`,
      quorum: perSecond(f.quorum.requestsPerSecond),
      reference: perSecond(f.vanilla.requestsPerSecond),
      ratio: times(f.quorum.requestsPerSecond / f.vanilla.requestsPerSecond),
      target: "≥ 1.0× vanilla",
      met: f.quorum.requestsPerSecond >= f.vanilla.requestsPerSecond,
    },
    {
      measure: "same, with Accept-Encoding: gzip, br",
      quorum: perSecond(f.quorumCompressed.requestsPerSecond),
      reference: perSecond(f.vanillaCompressed.requestsPerSecond),
      ratio: times(f.quorumCompressed.requestsPerSecond / f.vanillaCompressed.requestsPerSecond),
      target: "≥ 1.0× vanilla",
      met: f.quorumCompressed.requestsPerSecond >= f.vanillaCompressed.requestsPerSecond,
    },
    {
      measure: `lesson page p99 at c=${options.connections}`,
      quorum: ms(f.quorum.p99Ms),
      reference: ms(f.vanilla.p99Ms),
      ratio: times(f.quorum.p99Ms / f.vanilla.p99Ms),
      target: "≤ vanilla's",
      met: f.quorum.p99Ms <= f.vanilla.p99Ms,
    },
    {
      measure: `same, with compression`,
      quorum: ms(f.quorumCompressed.p99Ms),
      reference: ms(f.vanillaCompressed.p99Ms),
      ratio: times(f.quorumCompressed.p99Ms / f.vanillaCompressed.p99Ms),
      target: "≤ vanilla's",
      met: f.quorumCompressed.p99Ms <= f.vanillaCompressed.p99Ms,
    },
  ];
}

function weightRows(f: NonNullable<Figures["weight"]>): Row[] {
  const js = (page: PageWeight, name: string): Row => ({
    measure: `first-load JS, ${name} (gzip)`,
    quorum: `${kB(page.firstLoadJsGzipBytes)} (${page.scripts} scripts)`,
    reference: `${kB(f.vanilla.firstLoadJsGzipBytes)} (${f.vanilla.scripts} scripts)`,
    ratio: `+${kB(page.firstLoadJsGzipBytes - f.vanilla.firstLoadJsGzipBytes)}`,
    target: "≤ vanilla + 15 kB",
    met: page.firstLoadJsGzipBytes <= f.vanilla.firstLoadJsGzipBytes + TARGETS.firstLoadExtraBytes,
  });
  return [
    {
      measure: "lesson HTML (of it RSC payload)",
      quorum: `${kB(f.lesson.htmlBytes)} (${kB(f.lesson.rscPayloadBytes)})`,
      reference: `${kB(f.vanilla.htmlBytes)} (${kB(f.vanilla.rscPayloadBytes)})`,
      ratio: times(f.lesson.htmlBytes / f.vanilla.htmlBytes),
      target: "≤ 2× vanilla",
      met: f.lesson.htmlBytes <= TARGETS.htmlRatio * f.vanilla.htmlBytes,
    },
    js(f.lesson, "lesson"),
    js(f.landing, "landing"),
  ];
}

function dynamicRows(f: DynamicLoadResult): Row[] {
  const targetOf = (route: string) =>
    route.startsWith("dashboard")
      ? TARGETS.dashboardP99Ms
      : route.startsWith("save")
        ? TARGETS.saveP99Ms
        : route.startsWith("answer")
          ? TARGETS.answerP99Ms
          : undefined;
  return f.routes.map((r) => {
    const target = targetOf(r.route);
    return {
      measure: `${f.candidates} candidates, ${f.seconds} s: ${r.route}`,
      quorum: `p50 ${ms(r.p50Ms)}, p99 ${ms(r.p99Ms)}; ${r.errors}/${r.requests} errors`,
      reference: "",
      ratio: "",
      target: target === undefined ? "0 errors" : `0 errors, p99 ≤ ${target} ms`,
      met: r.errors === 0 && r.requests > 0 && (target === undefined || r.p99Ms <= target),
    };
  });
}

function gradingRow(g: GradingTimes): Row {
  return {
    measure: `scenario grading (replay + check), ${g.questions} questions × seeds`,
    quorum: `p50 ${ms(g.p50Ms)}, p99 ${ms(g.p99Ms)}, CPU p99 ${ms(g.cpuP99Ms)} (max ${ms(g.maxMs)}: ${g.slowest}; n=${g.samples})`,
    reference: "",
    ratio: "",
    target: "p99 < 30 ms",
    met: g.p99Ms < TARGETS.gradingP99Ms,
  };
}

/** The lab-perf and screenshot specs, moved out of the pass/fail suite: Playwright builds and serves the app itself. */
function runBrowserBenches(): boolean {
  log("browser benches (lab frame rate, lesson screenshots): npx playwright test -c bench/web/playwright.config.ts");
  const run = spawnSync("npx", ["playwright", "test", "-c", "bench/web/playwright.config.ts"], {
    cwd: repoRoot,
    stdio: "inherit",
  });
  return run.status === 0;
}

async function main(): Promise<void> {
  const parsed = parseOptions(process.argv.slice(2), repoRoot);
  if (!parsed.ok) {
    console.error(`${parsed.error}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.options.help) {
    console.log(USAGE);
    return;
  }
  const options = parsed.options.commit
    ? { ...parsed.options, appDir: exportCommit(repoRoot, parsed.options.commit, log) }
    : parsed.options;
  const figures: Figures = {};
  if (options.appDir !== repoRoot && (options.parts.has("grading") || options.parts.has("browser"))) {
    log(`grading and the browser benches measure this checkout, not ${options.appDir}`);
  }
  if (options.parts.has("grading")) {
    log("timing scenario-question grading in-process");
    figures.grading = timeGrading(repoRoot, 8);
  }
  const needsQuorum = options.parts.has("lessons") || options.parts.has("weight") || options.parts.has("dynamic");
  const needsVanilla = options.parts.has("lessons") || options.parts.has("weight");
  if (needsQuorum) {
    const server = process.env.DATABASE_URL_TEST_PG || DEFAULT_TEST_PG_URL;
    const databaseName = `quorum_bench_${process.pid}_${Date.now().toString(36)}`;
    // What an interrupted run left behind.
    await dropOrphanedDatabases(server, "quorum_bench_");
    const databaseUrl = await createDatabase(server, databaseName);
    const started: Served[] = [];
    try {
      log(
        `serving Quorum from ${path.relative(process.cwd(), options.appDir) || "."} on a throwaway PostgreSQL database (building first when its sources changed)`,
      );
      const quorum = await serveQuorum(options.appDir, databaseUrl);
      started.push(quorum);
      let vanilla: Served | undefined;
      if (needsVanilla) {
        const lesson = lessonFiles(options.appDir).get(options.lesson);
        if (!lesson) throw new Error(`no lesson with slug ${options.lesson} in ${options.appDir}/content/lessons`);
        log("building and serving the vanilla reference");
        vanilla = await serveVanilla(new Map([[options.lesson, lesson]]));
        started.push(vanilla);
      }
      if (options.parts.has("lessons") && vanilla) figures.lessons = await measureLessons(options, quorum, vanilla);
      if (options.parts.has("weight") && vanilla) {
        figures.weight = {
          lesson: await weighPage(`${quorum.url}/learn/${options.lesson}`),
          landing: await weighPage(`${quorum.url}/`),
          vanilla: await weighPage(`${vanilla.url}/learn/${options.lesson}`),
        };
      }
      if (options.parts.has("dynamic")) {
        log(`dynamic load: ${options.candidates} candidates for ${options.seconds} s`);
        figures.dynamic = await runDynamicLoad({
          base: quorum.url,
          origin: quorum.origin,
          appDir: options.appDir,
          candidates: options.candidates,
          seconds: options.seconds,
          quizId: options.quiz,
          log,
        });
      }
    } finally {
      for (const served of started.reverse()) await served.stop();
      await dropDatabase(server, databaseName).catch((error: unknown) =>
        log(`could not drop ${databaseName}: ${String(error)}`),
      );
    }
  }
  const browserOk = options.parts.has("browser") ? runBrowserBenches() : undefined;

  const rows: Row[] = [
    ...(figures.lessons ? lessonRows(options, figures.lessons) : []),
    ...(figures.weight ? weightRows(figures.weight) : []),
    ...(figures.dynamic ? dynamicRows(figures.dynamic) : []),
    ...(figures.grading ? [gradingRow(figures.grading)] : []),
  ];
  console.log("");
  console.log(formatTable(rows));
  for (const route of figures.dynamic?.routes ?? [])
    for (const failure of route.failures) console.log(`  ${route.route} failed: ${failure}`);
  if (browserOk === false) console.log("The browser benches failed; Playwright's output above says why.");
  console.log(
    `\nQuorum: ${options.appDir}; reference: bench/web/vanilla (same next, react and next-mdx-remote). Machine load average (1/5/15 min): ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" / ")}`,
  );
}

main().catch((error: unknown) => {
  console.error(`[bench:web] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
