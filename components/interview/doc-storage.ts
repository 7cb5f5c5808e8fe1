import { z } from "zod";
import { flowStateSchema, type FlowState } from "@/lib/interview/flow";
import { candidateEventSchema } from "@/lib/interview/events";

/** What the candidate's page keeps in localStorage on every keystroke, so a reload or a lost network loses nothing. */
export const localDocSchema = z.object({
  flow: flowStateSchema,
  /** The server revision this copy was based on. */
  baseRevision: z.number().int().nonnegative(),
  /** Changed since the last accepted save. */
  dirty: z.boolean(),
  /** Timeline entries not yet sent. */
  pending: z.array(candidateEventSchema),
});
export type LocalDoc = z.infer<typeof localDocSchema>;

const key = (sessionId: string) => `quorum.interview.${sessionId}`;

export function readLocalDoc(sessionId: string): LocalDoc | null {
  try {
    const raw = window.localStorage.getItem(key(sessionId));
    if (!raw) return null;
    const parsed = localDocSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // storage disabled or corrupt: the server copy still exists
  }
}

export function writeLocalDoc(sessionId: string, doc: LocalDoc): void {
  try {
    window.localStorage.setItem(key(sessionId), JSON.stringify(doc));
  } catch {
    // Quota or privacy mode: autosave to the server still runs.
  }
}

export interface ServerDoc {
  readonly flow: FlowState;
  readonly revision: number;
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * What the candidate decides; the clock fields (elapsed, lastAt, phase starts) are the server's
 * (lib/interview/save-check.ts).
 */
const content = (f: FlowState) => ({
  status: f.status,
  durationMs: f.durationMs,
  phaseIndex: f.phaseIndex,
  notes: f.notes,
  whiteboard: f.whiteboard ?? "",
  selfScores: f.selfScores,
});

/**
 * Same content, whatever the revision and the clocks. A save sent while the
 * page was closing (keepalive) lands without the page learning its new
 * revision; on the next visit the stored copy says what this browser's does,
 * which is not a conflict, even though the server timed it by its own clock.
 */
export function sameFlow(a: FlowState, b: FlowState): boolean {
  return stable(content(a)) === stable(content(b));
}

export type StartingPoint = { doc: LocalDoc; conflict: ServerDoc | null };

/**
 * Chooses between the server's copy and this browser's. Unsaved local edits on
 * top of the server's revision win; unsaved edits on top of an older revision
 * are a conflict the candidate resolves; otherwise the server's copy is used.
 */
export function startingPoint(local: LocalDoc | null, server: ServerDoc): StartingPoint {
  const fromServer: LocalDoc = { flow: server.flow, baseRevision: server.revision, dirty: false, pending: [] };
  if (!local || !local.dirty) return { doc: fromServer, conflict: null };
  if (local.baseRevision === server.revision) return { doc: local, conflict: null };
  if (sameFlow(local.flow, server.flow)) return { doc: fromServer, conflict: null };
  return { doc: local, conflict: server };
}
