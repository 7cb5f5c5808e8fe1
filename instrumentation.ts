/**
 * Runs once when a Quorum server starts (`next start` too, not only `npm start`).
 * The check itself is Node-only, so it is loaded only in the Node.js runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { refuseToStartOnBadDatabase } = await import("./lib/db/startup-check");
    await refuseToStartOnBadDatabase();
  }
}
