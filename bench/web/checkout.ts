/**
 * `--commit <rev>`: an older version of Quorum to measure, exported (not
 * checked out) into .tmp/bench/at-<sha> and using this checkout's
 * node_modules. Not a git worktree and without its own lockfile, on purpose:
 * Next's Turbopack takes the nearest git worktree or lockfile as the root it
 * may read files from, and refuses a node_modules outside it; exported into
 * this tree, the old version's root is this repository, which holds the
 * node_modules it resolves.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";

export function exportCommit(repoRoot: string, rev: string, log: (line: string) => void): string {
  const sha = execFileSync("git", ["rev-parse", "--verify", `${rev}^{commit}`], {
    cwd: repoRoot,
    encoding: "utf8",
  }).trim();
  const dir = path.join(repoRoot, ".tmp/bench", `at-${sha.slice(0, 12)}`);
  if (existsSync(path.join(dir, "lib/db/generated"))) return dir;
  log(`exporting ${rev} (${sha.slice(0, 12)}) into ${path.relative(repoRoot, dir)}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = spawnSync("git", ["archive", "--format=tar", sha], { cwd: repoRoot, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive ${sha} failed: ${archive.stderr.toString()}`);
  const untar = spawnSync("tar", ["-x", "-C", dir], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`unpacking ${sha} failed: ${untar.stderr.toString()}`);
  rmSync(path.join(dir, "package-lock.json"), { force: true });
  // Packages resolve up the tree to this checkout's node_modules. Only those named by path get a link (the
  // scripts run next's and prisma's entry points, the global CSS imports the font files), inside a real
  // node_modules folder: linking node_modules itself, or every package, makes Tailwind scan every installed
  // package for class names, a build of a quarter of an hour.
  const modules = path.join(dir, "node_modules");
  mkdirSync(modules);
  for (const name of ["next", "prisma", "@fontsource-variable"])
    symlinkSync(path.relative(modules, path.join(repoRoot, "node_modules", name)), path.join(modules, name));
  // The Prisma client is generated, not committed: generate the old schema's.
  const generate = spawnSync(process.execPath, ["scripts/prisma-generate.mjs"], { cwd: dir, encoding: "utf8" });
  if (generate.status !== 0)
    throw new Error(`generating the Prisma client of ${sha} failed:\n${generate.stdout}${generate.stderr}`);
  return dir;
}
