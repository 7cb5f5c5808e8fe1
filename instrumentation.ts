/**
 * Runs once when a Quorum server starts (`next start` too, not only `npm start`).
 * The check itself is Node-only, so it is loaded only in the Node.js runtime.
 */
export async function register() {
  // Next inlines NEXT_RUNTIME per bundle, which keeps the Node-only import out of the edge one: a literal read, not
  // lib/env.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { refuseToStartOnBadSetup } = await import("./lib/db/startup-check");
    await refuseToStartOnBadSetup();
  }
}
