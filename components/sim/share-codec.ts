/**
 * The share link: scenario, seed, node count and action log as base64url JSON
 * with a version field. Decoding never throws: bad input becomes a list of
 * problems the lab shows while it opens the default scenario.
 */
import { z } from "zod";
import { ActionSchema, type Action } from "@/lib/sim/actions";

export const SHARE_VERSION = 1;

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
  readonly actions: readonly SharedEntry[];
  /** Virtual time the run was at when shared. */
  readonly time: number;
}

const EntrySchema = z.tuple([z.number().nonnegative(), z.number().int().nonnegative(), ActionSchema]);

const PayloadSchema = z.object({
  v: z.literal(SHARE_VERSION),
  s: z.string().min(1).max(100),
  seed: z.number().int(),
  n: z.number().int().min(1).max(64).optional(),
  a: z.array(EntrySchema).max(5000),
  t: z.number().nonnegative(),
});

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(code: string): string | null {
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
  const payload = { v: SHARE_VERSION, s: run.scenario, seed: run.seed, ...(run.nodes === undefined ? {} : { n: run.nodes }), a: run.actions.map((e) => [e.at, e.step, e.action]), t: run.time };
  return toBase64Url(JSON.stringify(payload));
}

export type DecodeResult = { readonly success: true; readonly data: SharedRun } | { readonly success: false; readonly error: string };

/** Parses a `run=` value. Knows nothing of the scenario registry: the caller checks the name. */
export function decodeShare(code: string): DecodeResult {
  const text = fromBase64Url(code.trim());
  if (text === null) return { success: false, error: "the link's run code is not valid base64url (was it cut off or edited?)" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { success: false, error: "the link's run code is not complete JSON (was it cut off?)" };
  }
  if (typeof json === "object" && json !== null && "v" in json && json.v !== SHARE_VERSION)
    return { success: false, error: `the link was made by lab version ${JSON.stringify(json.v)}; this lab reads version ${SHARE_VERSION}` };
  const r = PayloadSchema.safeParse(json);
  if (!r.success) {
    const first = r.error.issues[0];
    return { success: false, error: `the link's run data is malformed (${first ? `${first.path.join(".") || "root"}: ${first.message}` : "unknown problem"})` };
  }
  const p = r.data;
  return { success: true, data: { scenario: p.s, seed: p.seed, ...(p.n === undefined ? {} : { nodes: p.n }), actions: p.a.map(([at, step, action]) => ({ at, step, action })), time: p.t } };
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
 * Unknown scenario names are reported, not thrown.
 */
export function readLabParams(params: { get(name: string): string | null }, knownScenarios: readonly string[]): LabUrlState {
  const problems: string[] = [];
  const known = (name: string) => knownScenarios.includes(name);
  const run = params.get("run");
  if (run !== null) {
    const r = decodeShare(run);
    if (!r.success) problems.push(r.error);
    else if (!known(r.data.scenario)) problems.push(`the link names scenario "${r.data.scenario}", which this lab does not have`);
    else return { shared: r.data, problems };
  }
  const out: { scenario?: string; seed?: number; nodes?: number } = {};
  const scenario = params.get("scenario");
  if (scenario !== null) {
    if (known(scenario)) out.scenario = scenario;
    else problems.push(`unknown scenario "${scenario}"`);
  }
  const seed = params.get("seed");
  if (seed !== null) {
    const n = z.coerce.number().int().safeParse(seed);
    if (n.success && seed.trim() !== "") out.seed = n.data;
    else problems.push(`seed "${seed}" is not a whole number`);
  }
  const nodes = params.get("n");
  if (nodes !== null) {
    const n = z.coerce.number().int().min(1).max(9).safeParse(nodes);
    if (n.success) out.nodes = n.data;
    else problems.push(`node count "${nodes}" must be a whole number from 1 to 9`);
  }
  return { ...out, problems };
}
