/**
 * The four phases of the framework lesson (content/lessons/07-…) and their time
 * boxes in a 45-minute interview. Other durations scale the boxes in proportion.
 */
export const PHASE_IDS = ["clarify", "high-level", "deep-dive", "operations"] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export interface PhaseInfo {
  readonly id: PhaseId;
  readonly label: string;
  /** Minutes from the start in the 45-minute plan. */
  readonly startMin: number;
  readonly endMin: number;
}

export const STANDARD_MINUTES = 45;

export const PHASES: readonly PhaseInfo[] = [
  { id: "clarify", label: "Clarify requirements", startMin: 0, endMin: 5 },
  { id: "high-level", label: "High-level design", startMin: 5, endMin: 25 },
  { id: "deep-dive", label: "Deep dive", startMin: 25, endMin: 40 },
  { id: "operations", label: "Operations and wrap-up", startMin: 40, endMin: 45 },
];

export interface PhaseBox {
  readonly id: PhaseId;
  readonly label: string;
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * The phases' boxes for an interview of `durationMs`, scaled from the 45-minute plan; the last box ends at
 * `durationMs`.
 */
export function phaseBoxes(durationMs: number): PhaseBox[] {
  const scale = durationMs / (STANDARD_MINUTES * 60_000);
  return PHASES.map((phase, index) => ({
    id: phase.id,
    label: phase.label,
    startMs: Math.round(phase.startMin * 60_000 * scale),
    endMs: index === PHASES.length - 1 ? durationMs : Math.round(phase.endMin * 60_000 * scale),
  }));
}

export function phaseAt(index: number): PhaseInfo {
  const phase = PHASES[Math.max(0, Math.min(PHASES.length - 1, index))];
  if (!phase) throw new Error("PHASES is empty");
  return phase;
}

export function phaseIndex(id: PhaseId): number {
  return PHASE_IDS.indexOf(id);
}
