/** The session timeline's entries (InterviewEvent rows) and the inputs that create them. */
import { z } from "zod";
import { ActionSchema } from "@/lib/sim/actions";
import { LIVE_RUN_LIMITS } from "@/lib/sim/limits";
import type { ActionLogEntry } from "@/lib/sim";
import { TEXT_LIMITS } from "@/lib/text-limits";
import { PHASE_IDS } from "./phases";

export const timelinePayloadSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("phase"), phase: z.enum(PHASE_IDS) }),
  z.object({ kind: z.literal("pause") }),
  z.object({ kind: z.literal("resume") }),
  z.object({ kind: z.literal("finish") }),
  z.object({
    kind: z.literal("time-added"),
    addedMs: z
      .number()
      .int()
      .positive()
      .max(60 * 60_000),
  }),
  /**
   * Something the candidate's deep-dive lab applied: their own action, or (with `faultSeq`) the interviewer's fault.
   * `at` and `step` are where the lab applied it (virtual ms, events processed before it), so the interviewer's page
   * replays the same run from the log (the engine is deterministic).
   */
  z.object({
    kind: z.literal("lab-action"),
    label: z.string().max(TEXT_LIMITS.timelineLabel),
    action: ActionSchema,
    // Virtual time is a real number (the lab's clock follows the wall clock's fractions): not whole milliseconds.
    at: z.number().nonnegative().max(LIVE_RUN_LIMITS.maxTimeMs).optional(),
    step: z.number().int().nonnegative().max(LIVE_RUN_LIMITS.maxSteps).optional(),
    faultSeq: z.number().int().positive().optional(),
  }),
  /** A fault the interviewer injected; the candidate's lab applies it once, when its deep dive is open. */
  z.object({ kind: z.literal("fault"), label: z.string().max(TEXT_LIMITS.timelineLabel), action: ActionSchema }),
]);
export type TimelinePayload = z.infer<typeof timelinePayloadSchema>;
export type TimelineKind = TimelinePayload["kind"];

export interface TimelineEntry {
  readonly seq: number;
  readonly elapsedMs: number;
  readonly payload: TimelinePayload;
}

/** What the candidate's page sends with an autosave: the events its flow steps emitted. */
export const candidateEventSchema = z.object({
  elapsedMs: z.number().int().nonnegative(),
  payload: timelinePayloadSchema,
});

export function describeEntry(payload: TimelinePayload): string {
  switch (payload.kind) {
    case "phase":
      return `Phase: ${payload.phase}`;
    case "pause":
      return "Paused";
    case "resume":
      return "Resumed";
    case "finish":
      return "Finished";
    case "time-added":
      return `Time added: ${Math.round(payload.addedMs / 60_000)} min`;
    case "lab-action":
      return payload.faultSeq === undefined ? `Lab: ${payload.label}` : `Fault applied in the lab: ${payload.label}`;
    case "fault":
      return `Fault injected: ${payload.label}`;
    default: {
      const never: never = payload;
      return never;
    }
  }
}

type LabActionPayload = Extract<TimelinePayload, { kind: "lab-action" }>;
type FaultPayload = Extract<TimelinePayload, { kind: "fault" }>;

/**
 * The lab's action log as the candidate's lab applied it, in the server's order: what both sides replay. Entries
 * recorded without a lab position (before labs were mirrored) are left out.
 */
export function labLog(entries: readonly TimelineEntry[]): ActionLogEntry[] {
  const log: ActionLogEntry[] = [];
  for (const { payload } of entries)
    if (payload.kind === "lab-action" && payload.at !== undefined && payload.step !== undefined)
      log.push({ at: payload.at, step: payload.step, action: payload.action });
  return log;
}

/**
 * Why a lab entry cannot follow the log: replay needs actions in time and step order. Null when it may be stored.
 */
export function labEntryRefusal(entries: readonly TimelineEntry[], next: LabActionPayload): string | null {
  if (next.at === undefined || next.step === undefined) return "A lab action says where the lab applied it.";
  const last = labLog(entries).at(-1);
  if (last && (next.at < last.at || next.step < last.step))
    return "The lab's actions arrive in the order the lab applied them.";
  if (next.faultSeq !== undefined) {
    const fault = entries.find((e) => e.seq === next.faultSeq && e.payload.kind === "fault");
    if (!fault) return "There is no such fault to apply.";
    if (entries.some((e) => e.payload.kind === "lab-action" && e.payload.faultSeq === next.faultSeq))
      return "That fault was applied already.";
  }
  return null;
}

export type FaultState = "queued" | "sent" | "applied";

export interface FaultStatus {
  readonly seq: number;
  readonly label: string;
  readonly action: FaultPayload["action"];
  readonly state: FaultState;
  /** Lab time at which the candidate's lab applied it (state "applied"). */
  readonly appliedAt?: number;
}

/**
 * Each injected fault and where it stands: queued until the deep dive opens the candidate's lab, then sent until the
 * lab reports applying it.
 */
export function faultStatuses(entries: readonly TimelineEntry[], labIsOpen: boolean): FaultStatus[] {
  const applied = new Map<number, number | undefined>();
  for (const { payload } of entries)
    if (payload.kind === "lab-action" && payload.faultSeq !== undefined) applied.set(payload.faultSeq, payload.at);
  return entries.flatMap((entry): FaultStatus[] => {
    if (entry.payload.kind !== "fault") return [];
    const base = { seq: entry.seq, label: entry.payload.label, action: entry.payload.action };
    if (applied.has(entry.seq)) {
      const at = applied.get(entry.seq);
      return [{ ...base, state: "applied", ...(at === undefined ? {} : { appliedAt: at }) }];
    }
    return [{ ...base, state: labIsOpen ? "sent" : "queued" }];
  });
}
