/**
 * Building and serving the two apps the web bench compares: Quorum (this tree,
 * or an older checkout given with --app-dir) through its own `scripts/start.ts`
 * (migrate, build when the sources changed, `next start`), and the vanilla
 * reference under bench/web/vanilla, copied to .tmp/bench/vanilla-<pid> with the
 * lesson files and built and served by the same `next` binary.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, cpSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { freePort } from "../../scripts/free-port";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
const nextBin = path.join(repoRoot, "node_modules/next/dist/bin/next");

export interface Served {
  readonly url: string;
  /** The origin the app believes it is served at (NEXTAUTH_URL): what a browser would send as Origin. */
  readonly origin: string;
  readonly stop: () => Promise<void>;
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server at ${url} exited with code ${child.exitCode} before it answered`);
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`nothing answered at ${url} within ${Math.round(timeoutMs / 1000)} s`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      child.once("exit", () => resolve());
      // The child leads its own process group (detached), so `next start` under it stops too.
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        resolve();
      }
    });
}

function spawnLogged(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  log: string,
): ChildProcess {
  mkdirSync(path.dirname(log), { recursive: true });
  const out = openSync(log, "w");
  // Output goes to a file the reader can follow while it builds (the bench's own output stays the table).
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", out, out] });
  closeSync(out);
  return child;
}

/**
 * Quorum from `appDir` on PostgreSQL `databaseUrl`, through the app's own start
 * script: it migrates, builds when the sources changed (into appDir/.next:
 * hold /tmp/quorum-build.lock while benchmarking the working tree) and serves.
 */
export async function serveQuorum(appDir: string, databaseUrl: string): Promise<Served> {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: origin,
    NEXTAUTH_SECRET: `bench-web-${process.pid}-padding-to-thirty-two-chars`,
    // No demo accounts (and no passwords printed): the candidates sign up themselves.
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const child = spawnLogged(
    process.execPath,
    [path.join(repoRoot, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"],
    appDir,
    env,
    path.join(repoRoot, `.tmp/bench/quorum-server-${process.pid}.log`),
  );
  // The first run of a checkout builds it, which on a busy 2-core machine can take a quarter of an hour.
  await waitUntilServing(`http://127.0.0.1:${port}/`, child, 1_800_000).catch(async (error: unknown) => {
    await stopper(child)();
    throw error;
  });
  // Requests go to the origin itself: a server action is refused when its Origin and Host headers name different hosts.
  return { url: origin, origin, stop: stopper(child) };
}

/** Lesson files keyed by their frontmatter slug. */
export function lessonFiles(appDir: string): Map<string, string> {
  const dir = path.join(appDir, "content/lessons");
  const out = new Map<string, string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".mdx"))) {
    const source = readFileSync(path.join(dir, file), "utf8");
    const front = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? "";
    const slug = (parseYaml(front) as { slug?: unknown } | null)?.slug;
    if (typeof slug === "string") out.set(slug, source);
  }
  return out;
}

/** The vanilla reference, built from bench/web/vanilla with `lessons` (slug → MDX) and served by `next start`. */
export async function serveVanilla(lessons: ReadonlyMap<string, string>): Promise<Served> {
  const dir = path.join(repoRoot, `.tmp/bench/vanilla-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(repoRoot, "bench/web/vanilla"), dir, { recursive: true });
  mkdirSync(path.join(dir, "lessons"));
  for (const [slug, source] of lessons) writeFileSync(path.join(dir, "lessons", `${slug}.mdx`), source);
  // The copy sits inside this repository so it resolves our node_modules, and so Next also builds the repository's
  // instrumentation.ts into it: its start-up check refuses production without a secret, which the vanilla app never
  // reads.
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
  } as NodeJS.ProcessEnv;
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: dir, env, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`the vanilla reference did not build:\n${build.stdout}\n${build.stderr}`);
  const port = await freePort();
  const child = spawnLogged(
    process.execPath,
    [nextBin, "start", "-p", String(port)],
    dir,
    env,
    path.join(repoRoot, `.tmp/bench/vanilla-server-${process.pid}.log`),
  );
  await waitUntilServing(`http://127.0.0.1:${port}/`, child, 120_000).catch(async (error: unknown) => {
    await stopper(child)();
    throw error;
  });
  const stop = stopper(child);
  return {
    url: `http://127.0.0.1:${port}`,
    origin: `http://localhost:${port}`,
    stop: () => stop().then(() => rmSync(dir, { recursive: true, force: true })),
  };
}
