/** The session timeline's entries (InterviewEvent rows) and the inputs that create them. */
import { z } from "zod";
import { ActionSchema } from "@/lib/sim/actions";
import { TEXT_LIMITS } from "@/lib/text-limits";
import { PHASE_IDS } from "./phases";

export const timelinePayloadSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("phase"), phase: z.enum(PHASE_IDS) }),
  z.object({ kind: z.literal("pause") }),
  z.object({ kind: z.literal("resume") }),
  z.object({ kind: z.literal("finish") }),
  /** Something the candidate did in the deep-dive lab. */
  z.object({ kind: z.literal("lab-action"), label: z.string().max(TEXT_LIMITS.timelineLabel), action: ActionSchema }),
  /** A fault the interviewer injected; the candidate's lab applies it once. */
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
    case "lab-action":
      return `Lab: ${payload.label}`;
    case "fault":
      return `Fault injected: ${payload.label}`;
    default: {
      const never: never = payload;
      return never;
    }
  }
}

/** Faults after `seq` that the candidate's lab has not applied yet, oldest first. */
export function pendingFaults(entries: readonly TimelineEntry[], appliedSeq: number): TimelineEntry[] {
  return entries
    .filter((entry) => entry.payload.kind === "fault" && entry.seq > appliedSeq)
    .sort((a, b) => a.seq - b.seq);
}
