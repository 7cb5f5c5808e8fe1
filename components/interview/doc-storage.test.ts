import { describe, expect, it } from "vitest";
import { initialFlow, reduce } from "@/lib/interview/flow";
import { startingPoint } from "./doc-storage";

const server = { flow: reduce(initialFlow(), { type: "start", now: 0 }), revision: 3 };
const edited = reduce(server.flow, { type: "edit-notes", phase: "clarify", text: "local" });

describe("starting point after a reload", () => {
  it("uses the server copy when nothing is unsaved", () => {
    expect(startingPoint(null, server).doc.flow).toBe(server.flow);
    expect(startingPoint({ flow: edited, baseRevision: 3, dirty: false, pending: [] }, server).doc.flow).toBe(
      server.flow,
    );
  });
  it("keeps unsaved local edits made on the current revision", () => {
    const r = startingPoint({ flow: edited, baseRevision: 3, dirty: true, pending: [] }, server);
    expect(r.doc.flow.notes.clarify).toBe("local");
    expect(r.conflict).toBeNull();
  });
  it("is not a conflict when the stored copy already equals this browser's (a save sent while closing)", () => {
    const saved = { flow: { ...edited, notes: { ...edited.notes } }, revision: 4 };
    const r = startingPoint({ flow: edited, baseRevision: 3, dirty: true, pending: [] }, saved);
    expect(r.conflict).toBeNull();
    expect(r.doc).toEqual({ flow: saved.flow, baseRevision: 4, dirty: false, pending: [] });
  });
  it("is not a conflict either when the server stored that save with its own clock", () => {
    const saved = { flow: { ...edited, elapsedMs: 4_321, lastAt: 99_999, phaseStarts: [7] }, revision: 4 };
    expect(startingPoint({ flow: edited, baseRevision: 3, dirty: true, pending: [] }, saved).conflict).toBeNull();
  });
  it("reports a conflict when the server moved on under unsaved edits", () => {
    const r = startingPoint({ flow: edited, baseRevision: 2, dirty: true, pending: [] }, server);
    expect(r.conflict).toEqual(server);
  });
});
