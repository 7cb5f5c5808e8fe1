/**
 * The dashboard's mastery tiles: one per concept practised, weakest first (what to practise next), each with its level
 * as a word and as a step of four, so the tile reads without colour. Pure.
 */
import { MASTERY_LEVELS, type MasteryLevel } from "./mastery";

export interface MasteryTile {
  readonly concept: string;
  readonly level: MasteryLevel;
  /** "Familiar" */
  readonly label: string;
  /** 1 (attempted) … 4 (mastered). */
  readonly step: number;
}

export const MASTERY_LABELS: Record<MasteryLevel, string> = {
  attempted: "Attempted",
  familiar: "Familiar",
  proficient: "Proficient",
  mastered: "Mastered",
};

/** Weakest level first; concepts of the same level in alphabetical order. */
export function masteryTiles(mastery: ReadonlyArray<{ concept: string; level: MasteryLevel }>): MasteryTile[] {
  return [...mastery]
    .map((m) => ({ ...m, label: MASTERY_LABELS[m.level], step: MASTERY_LEVELS.indexOf(m.level) + 1 }))
    .sort((a, b) => a.step - b.step || a.concept.localeCompare(b.concept));
}
