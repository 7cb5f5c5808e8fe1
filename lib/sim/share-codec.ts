/**
 * The share link: scenario, seed, node count, quorum sizes and action log as
 * base64url JSON with a version field. Decoding never throws: bad input
 * becomes a list of problems the lab shows while it opens the default scenario.
 *
 * Versions: 1 had no quorum sizes; 2 adds `q` = [N, W, R]; 3 lets the action
 * log hold Raft's setting actions (read mode, pre-vote, clock drift, each
 * bounded by its action schema). A link is written with the lowest version
 * that holds it, so a link without quorum sizes or settings still opens in a
 * lab that reads only version 1, and an older lab names the version it lacks
 * instead of calling a newer link malformed; every older link opens here.
 */
import { z } from "zod";
import { ActionSchema, isSettingAction, type Action } from "./actions";
import {
  describeDuration,
  MAX_ACTIONS,
  MAX_NODES,
  MAX_RUN_STEPS,
  MAX_RUN_TIME_MS,
  MAX_SHARE_CODE_LENGTH,
} from "./limits";

/** The newest version this lab writes and reads. */
export const SHARE_VERSION = 3;
const READABLE_VERSIONS: readonly number[] = [1, 2, 3];

export interface SharedEntry {
  readonly at: number;
  readonly step: number;
  readonly action: Action;
}

export interface SharedRun {
  readonly scenario: string;
  readonly seed: number;
  /** Node count override (single-leader topologies), or undefined for the scenario's own. */
  readonly nodes?: number;
  /** Leaderless quorum sizes chosen in the lab, or undefined for the scenario's own. */
  readonly quorum?: Quorum;
  readonly actions: readonly SharedEntry[];
  /** Virtual time the run was at when shared. */
  readonly time: number;
}

/**
 * Dynamo-style sizes: replicas per key, write and read acknowledgements; and when read repair happens (undefined: the
 * scenario's own).
 */
export interface Quorum {
  readonly n: number;
  readonly w: number;
  readonly r: number;
  readonly readRepair?: ReadRepairMode;
}

export const READ_REPAIR_MODES = ["background", "blocking"] as const;
export type ReadRepairMode = (typeof READ_REPAIR_MODES)[number];

// Every number that drives work is bounded here, so a decoded run is one the lab can replay within RUN_LIMITS.
const size = z
  .number()
  .int()
  .min(1)
  .max(MAX_NODES, { error: `a cluster here has at most ${MAX_NODES} nodes` });
const time = z
  .number()
  .nonnegative()
  .max(MAX_RUN_TIME_MS, {
    error: `a run may reach at most ${describeDuration(MAX_RUN_TIME_MS)} (${MAX_RUN_TIME_MS.toLocaleString("en-GB")} ms) of simulated time`,
  });
const stepCount = z
  .number()
  .int()
  .nonnegative()
  .max(MAX_RUN_STEPS, { error: `a run may process at most ${MAX_RUN_STEPS.toLocaleString("en-GB")} events` });
/** One action log entry as [at, step, action], bounded like the run it belongs to. */
export const EntrySchema = z.tuple([time, stepCount, ActionSchema]);

const actionLog = z
  .array(EntrySchema)
  .max(MAX_ACTIONS, { error: `a run may hold at most ${MAX_ACTIONS.toLocaleString("en-GB")} actions` });
/** Before version 3 a link could not carry setting actions: one that does was edited, not made by a lab. */
const actionLogBefore3 = actionLog.superRefine((entries, ctx) => {
  entries.forEach(([, , action], i) => {
    if (isSettingAction(action))
      ctx.addIssue({ code: "custom", path: [i, 2, "type"], message: `"${action.type}" needs a version-3 link` });
  });
});
const common = {
  s: z.string().min(1).max(100),
  seed: z.number().int(),
  n: size.optional(),
  t: time,
};
// q = [N, W, R] or [N, W, R, read-repair mode].
const quorumSizes = z
  .union([z.tuple([size, size, size]), z.tuple([size, size, size, z.enum(READ_REPAIR_MODES)])])
  .optional();
const PayloadSchema = z.discriminatedUnion("v", [
  z.object({ v: z.literal(1), ...common, a: actionLogBefore3 }),
  z.object({ v: z.literal(2), ...common, a: actionLogBefore3, q: quorumSizes }),
  z.object({ v: z.literal(3), ...common, a: actionLog, q: quorumSizes }),
]);

/** The lowest version that holds the run. */
function versionFor(run: SharedRun): number {
  if (run.actions.some((e) => isSettingAction(e.action))) return 3;
  return run.quorum === undefined ? 1 : 2;
}

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The text, or null when the code is not base64url of UTF-8. */
export function fromBase64Url(code: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) return null;
  try {
    const bin = atob(code.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (code.length % 4)) % 4));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function encodeShare(run: SharedRun): string {
  const q = run.quorum;
  const payload = {
    v: versionFor(run),
    s: run.scenario,
    seed: run.seed,
    ...(run.nodes === undefined ? {} : { n: run.nodes }),
    ...(q === undefined ? {} : { q: q.readRepair === undefined ? [q.n, q.w, q.r] : [q.n, q.w, q.r, q.readRepair] }),
    a: run.actions.map((e) => [e.at, e.step, e.action]),
    t: run.time,
  };
  return toBase64Url(JSON.stringify(payload));
}

export type DecodeResult =
  { readonly success: true; readonly data: SharedRun } | { readonly success: false; readonly error: string };

/** Parses a `run=` value. Knows nothing of the scenario registry: the caller checks the name. */
export function decodeShare(code: string): DecodeResult {
  // Before any decoding: the length alone bounds the work below.
  if (code.length > MAX_SHARE_CODE_LENGTH)
    return {
      success: false,
      error: `the link's run code is out of range: it is ${code.length.toLocaleString("en-GB")} characters long, and the lab reads codes of at most ${MAX_SHARE_CODE_LENGTH.toLocaleString("en-GB")}`,
    };
  const text = fromBase64Url(code.trim());
  if (text === null)
    return { success: false, error: "the link's run code is not valid base64url (was it cut off or edited?)" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { success: false, error: "the link's run code is not complete JSON (was it cut off?)" };
  }
  if (typeof json === "object" && json !== null && "v" in json && !READABLE_VERSIONS.includes(json.v as number))
    return {
      success: false,
      error: `the link was made by lab version ${JSON.stringify(json.v)}; this lab reads versions ${READABLE_VERSIONS.slice(0, -1).join(", ")} and ${READABLE_VERSIONS[READABLE_VERSIONS.length - 1]}`,
    };
  const r = PayloadSchema.safeParse(json);
  if (!r.success) {
    const first = r.error.issues[0];
    const where = first ? `${first.path.join(".") || "root"}: ${first.message}` : "unknown problem";
    return {
      success: false,
      error:
        first?.code === "too_big"
          ? `the link's run is out of range (${where})`
          : `the link's run data is malformed (${where})`,
    };
  }
  const p = r.data;
  const q = p.v === 1 ? undefined : p.q;
  return {
    success: true,
    data: {
      scenario: p.s,
      seed: p.seed,
      ...(p.n === undefined ? {} : { nodes: p.n }),
      ...(q === undefined
        ? {}
        : { quorum: { n: q[0], w: q[1], r: q[2], ...(q.length === 4 ? { readRepair: q[3] } : {}) } }),
      actions: p.a.map(([at, step, action]) => ({ at, step, action })),
      time: p.t,
    },
  };
}

/** A URL value echoed back in a problem, cut short so a hostile link cannot make the notice huge. */
function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

export interface LabUrlState {
  readonly scenario?: string;
  readonly seed?: number;
  readonly nodes?: number;
  readonly shared?: SharedRun;
  readonly problems: readonly string[];
}

/**
 * Reads `?run=` (a share code), or `?scenario=`, `?seed=` and `?n=` on their own.
 * Unknown scenario names are reported, not thrown; so is whatever `fits`
 * finds wrong with a shared run (quorum sizes its scenario cannot take, say).
 */
export function readLabParams(
  params: { get(name: string): string | null },
  knownScenarios: readonly string[],
  fits: (run: SharedRun) => string | undefined = () => undefined,
): LabUrlState {
  const problems: string[] = [];
  const known = (name: string) => knownScenarios.includes(name);
  const run = params.get("run");
  if (run !== null) {
    const r = decodeShare(run);
    if (!r.success) problems.push(r.error);
    else if (!known(r.data.scenario))
      problems.push(`the link names scenario ${quote(r.data.scenario)}, which this lab does not have`);
    else {
      const misfit = fits(r.data);
      if (misfit === undefined) return { shared: r.data, problems };
      problems.push(misfit);
    }
  }
  const out: { scenario?: string; seed?: number; nodes?: number } = {};
  const scenario = params.get("scenario");
  if (scenario !== null) {
    if (known(scenario)) out.scenario = scenario;
    else problems.push(`unknown scenario ${quote(scenario)}`);
  }
  const seed = params.get("seed");
  if (seed !== null) {
    const n = z.coerce.number().int().safeParse(seed);
    if (n.success && seed.trim() !== "") out.seed = n.data;
    else problems.push(`seed ${quote(seed)} is not a whole number`);
  }
  const nodes = params.get("n");
  if (nodes !== null) {
    const n = z.coerce.number().int().min(1).max(MAX_NODES).safeParse(nodes);
    if (n.success) out.nodes = n.data;
    else problems.push(`node count ${quote(nodes)} must be a whole number from 1 to ${MAX_NODES}`);
  }
  return { ...out, problems };
}
