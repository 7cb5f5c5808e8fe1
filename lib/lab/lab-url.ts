/**
 * The lab's address: `?run=` (the share code: scenario, seed, set-up, the current branch's actions and the time),
 * `?tree=` (every branch, when there is more than one, so a reload shows the same branch list) and `?demo=` (the
 * guided demo's step). The page reads it on the server, bounding every parameter with zod before any work; the lab
 * writes it back as the run changes. Bad input never throws: it becomes a problem the page shows.
 */
import { z } from "zod";
import { MAX_ACTIONS, MAX_RUN_TIME_MS, MAX_SHARE_CODE_LENGTH, scenarios } from "@/lib/sim";
import {
  EntrySchema,
  fromBase64Url,
  readLabParams,
  toBase64Url,
  type LabUrlState,
  type SharedRun,
} from "@/lib/sim/share-codec";
import type { ActionLogEntry } from "@/lib/sim";
import { currentBranch, type Branch, type BranchTree } from "./branches";
import { DEMO_STEPS } from "./guided-demo";
import { withNodeCount, withQuorum } from "./lab-run";

/** Branches a link may carry; a run with more keeps only its current branch in the address. */
export const MAX_LINKED_BRANCHES = 20;
/**
 * Longest address the lab writes, and longest code it reads from one: Node's HTTP server refuses request headers over
 * 16 KiB (431) before the page runs, so a longer address would not reload at all.
 */
export const MAX_ADDRESS_LENGTH = 15_000;
const MAX_LABEL = 40;

const time = z.number().nonnegative().max(MAX_RUN_TIME_MS);
const TreeSchema = z.object({
  c: z.number().int().nonnegative(),
  b: z
    .array(
      z.tuple([
        z.string().min(1).max(MAX_LABEL),
        z.number().int().min(-1),
        time,
        time,
        z.array(EntrySchema).max(MAX_ACTIONS),
      ]),
    )
    .min(1)
    .max(MAX_LINKED_BRANCHES, { error: `a link carries at most ${MAX_LINKED_BRANCHES} branches` }),
});

const idOf = (index: number) => `b${index + 1}`;

/** The branch list as a code, or undefined when there is only one branch or the list is too big for a link. */
export function encodeTree(tree: BranchTree): string | undefined {
  const { branches } = tree;
  if (branches.length < 2 || branches.length > MAX_LINKED_BRANCHES) return undefined;
  const index = new Map(branches.map((b, i) => [b.id, i]));
  const payload = {
    c: index.get(tree.currentId) ?? 0,
    b: branches.map((b) => [
      b.label.slice(0, MAX_LABEL),
      b.parentId === null ? -1 : (index.get(b.parentId) ?? -1),
      b.forkedAt,
      b.headTime,
      b.actions.map((e) => [e.at, e.step, e.action]),
    ]),
  };
  const code = toBase64Url(JSON.stringify(payload));
  return code.length <= MAX_SHARE_CODE_LENGTH ? code : undefined;
}

export type TreeResult = { success: true; data: BranchTree } | { success: false; error: string };

/** Parses a `tree=` value; every parent comes before its child, as the lab makes them. */
export function decodeTree(code: string): TreeResult {
  const bad = (why: string): TreeResult => ({ success: false, error: `the link's branch list ${why}` });
  if (code.length > MAX_SHARE_CODE_LENGTH) return bad(`is too long (at most ${MAX_SHARE_CODE_LENGTH} characters)`);
  const text = fromBase64Url(code);
  if (text === null) return bad("is not valid base64url");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return bad("is not complete JSON");
  }
  const r = TreeSchema.safeParse(json);
  if (!r.success) return bad(`is malformed (${r.error.issues[0]?.message ?? "unknown problem"})`);
  const { b, c } = r.data;
  if (c >= b.length) return bad("names a current branch it does not have");
  const branches: Branch[] = [];
  for (const [i, [label, parent, forkedAt, headTime, entries]] of b.entries()) {
    if (parent >= i) return bad("names a parent after its child");
    const actions: ActionLogEntry[] = entries.map(([at, step, action]) => ({ at, step, action }));
    branches.push({ id: idOf(i), label, parentId: parent < 0 ? null : idOf(parent), forkedAt, actions, headTime });
  }
  return { success: true, data: { branches, currentId: idOf(c) } };
}

/**
 * Where a run was opened from, shown above the lab with a link back: a quiz question's "Open in the lab", or a
 * submission's "Replay this run".
 */
export interface LabOrigin {
  readonly from: LabOriginKind;
  readonly title: string;
  /** A path on this site, never another site's address. */
  readonly back: string;
}
export const LAB_ORIGINS = ["quiz", "submission"] as const;
export type LabOriginKind = (typeof LAB_ORIGINS)[number];
/** The parameters that say where a run came from: the lab keeps them in the address as the run changes. */
export const ORIGIN_KEYS = ["from", "title", "back"] as const;
const MAX_ORIGIN_TITLE = 300;
const OriginSchema = z.object({
  from: z.enum(LAB_ORIGINS),
  title: z.string().trim().min(1).max(MAX_ORIGIN_TITLE),
  // Same-site paths only: "/x", not "//host" or "https://host".
  back: z.string().regex(/^\/(?![/\\])[^\s]*$/, { error: "the link back must be a path on this site" }),
});

/** The page's query as the server hands it over: a value, repeated values, or nothing. */
export type RawSearchParams = Readonly<Record<string, string | string[] | undefined>>;

const tooLong = (what: string, max: number) => ({
  error: (issue: { input?: unknown }) =>
    `${what} is out of range: it is ${String(issue.input).length.toLocaleString("en-GB")} characters long, and the lab reads at most ${max.toLocaleString("en-GB")}`,
});
/** Every parameter the lab reads, bounded before anything is decoded or simulated. */
const SearchSchema = z.object({
  run: z.string().max(MAX_ADDRESS_LENGTH, tooLong("the link's run code", MAX_ADDRESS_LENGTH)).optional(),
  tree: z.string().max(MAX_ADDRESS_LENGTH, tooLong("the link's branch list", MAX_ADDRESS_LENGTH)).optional(),
  scenario: z.string().max(100, tooLong("the scenario name", 100)).optional(),
  seed: z.string().max(20, tooLong("the seed", 20)).optional(),
  n: z.string().max(3, tooLong("the node count", 3)).optional(),
  demo: z.string().max(2, tooLong("the demo step", 2)).optional(),
  from: z.string().max(20, tooLong("where the link came from", 20)).optional(),
  title: z.string().max(MAX_ORIGIN_TITLE, tooLong("the link's title", MAX_ORIGIN_TITLE)).optional(),
  back: z.string().max(500, tooLong("the link back", 500)).optional(),
});
type Search = z.infer<typeof SearchSchema>;
const KEYS = Object.keys(SearchSchema.shape) as (keyof Search)[];

export interface LabAddress extends LabUrlState {
  /** The branch list to restore (its current branch is the run's). */
  readonly tree?: BranchTree;
  /** The guided demo's step (0-based; DEMO_STEPS.length when finished), or undefined when it is not running. */
  readonly demo?: number;
  readonly origin?: LabOrigin;
}

/**
 * Whether a shared run's quorum sizes fit its scenario (a hand-edited link may ask for W > N, or quorums on a
 * single-leader cluster).
 */
export function quorumMisfit(run: SharedRun): string | undefined {
  const base = scenarios[run.scenario];
  if (!run.quorum || !base) return undefined;
  const r = withQuorum(withNodeCount(base, run.nodes), run.quorum);
  return r.success ? undefined : `the link's quorum sizes do not fit: ${r.error}`;
}

const sameActions = (a: readonly ActionLogEntry[], b: SharedRun["actions"]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Reads the lab's address. Unknown scenarios, malformed or over-long codes and out-of-range numbers become problems
 * (the page opens the default scenario and says so); unknown parameters are ignored.
 */
export function readLabAddress(
  raw: RawSearchParams,
  knownScenarios: readonly string[] = Object.keys(scenarios),
  fits: (run: SharedRun) => string | undefined = quorumMisfit,
): LabAddress {
  const problems: string[] = [];
  const values: Record<string, string> = {};
  for (const key of KEYS) {
    const v = raw[key];
    if (Array.isArray(v)) problems.push(`the link gives ?${key}= more than once; the lab read the first`);
    const one = Array.isArray(v) ? v[0] : v;
    if (one === undefined) continue;
    const r = SearchSchema.shape[key].safeParse(one);
    if (r.success && r.data !== undefined) values[key] = r.data;
    else problems.push(r.error?.issues[0]?.message ?? `?${key}= could not be read`);
  }
  const state = readLabParams({ get: (k) => values[k] ?? null }, knownScenarios, fits);
  problems.push(...state.problems);
  let tree: BranchTree | undefined;
  if (values.tree !== undefined && state.shared) {
    const t = decodeTree(values.tree);
    if (!t.success) problems.push(t.error);
    else if (!sameActions(currentBranch(t.data).actions, state.shared.actions))
      problems.push("the link's branch list does not match its run, so only the run opened");
    else tree = t.data;
  }
  let demo: number | undefined;
  if (values.demo !== undefined) {
    const d = z.coerce.number().int().min(0).max(DEMO_STEPS.length).safeParse(values.demo);
    if (d.success) demo = d.data;
    else problems.push(`the demo step must be a whole number from 0 to ${DEMO_STEPS.length}`);
  }
  let origin: LabOrigin | undefined;
  if (values.from !== undefined || values.title !== undefined || values.back !== undefined) {
    const o = OriginSchema.safeParse({ from: values.from, title: values.title, back: values.back });
    if (o.success) origin = o.data;
    else problems.push(`where the link came from could not be read (${o.error.issues[0]?.message ?? "unknown"})`);
  }
  return {
    ...state,
    problems,
    ...(tree ? { tree } : {}),
    ...(demo === undefined ? {} : { demo }),
    ...(origin ? { origin } : {}),
  };
}

/** A link that opens a run (its share code) in the lab, saying where it came from when it came from somewhere. */
export function runLink(run: string, origin?: LabOrigin): string {
  const o =
    origin && origin.title.length > MAX_ORIGIN_TITLE
      ? { ...origin, title: `${origin.title.slice(0, MAX_ORIGIN_TITLE - 1)}…` }
      : origin;
  return `/lab?${new URLSearchParams({ run, ...(o ?? {}) }).toString()}`;
}

/**
 * The address of a run as the lab shows it (`run` is its share code), without the branch list when that would make it
 * too long to load, or undefined when even the run alone is.
 */
export function labAddress(
  run: string,
  tree: BranchTree,
  demo: number | undefined,
  origin?: LabOrigin,
): string | undefined {
  const address = (withTree: boolean) => {
    const q = new URLSearchParams({ run, ...(origin ?? {}) });
    const t = withTree ? encodeTree(tree) : undefined;
    if (t !== undefined) q.set("tree", t);
    if (demo !== undefined) q.set("demo", String(demo));
    return `/lab?${q.toString()}`;
  };
  const full = address(true);
  if (full.length <= MAX_ADDRESS_LENGTH) return full;
  const bare = address(false);
  return bare.length <= MAX_ADDRESS_LENGTH ? bare : undefined;
}
