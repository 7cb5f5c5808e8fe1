import { describe, expect, it } from "vitest";
import { initialFlow, reduce } from "@/lib/interview/flow";
import { startingPoint } from "./doc-storage";

const server = { flow: reduce(initialFlow(), { type: "start", now: 0 }), revision: 3 };
const edited = reduce(server.flow, { type: "edit-notes", phase: "clarify", text: "local" });

describe("starting point after a reload", () => {
  it("uses the server copy when nothing is unsaved", () => {
    expect(startingPoint(null, server).doc.flow).toBe(server.flow);
    expect(startingPoint({ flow: edited, baseRevision: 3, dirty: false, pending: [] }, server).doc.flow).toBe(server.flow);
  });
  it("keeps unsaved local edits made on the current revision", () => {
    const r = startingPoint({ flow: edited, baseRevision: 3, dirty: true, pending: [] }, server);
    expect(r.doc.flow.notes.clarify).toBe("local");
    expect(r.conflict).toBeNull();
  });
  it("reports a conflict when the server moved on under unsaved edits", () => {
    const r = startingPoint({ flow: edited, baseRevision: 2, dirty: true, pending: [] }, server);
    expect(r.conflict).toEqual(server);
  });
});
