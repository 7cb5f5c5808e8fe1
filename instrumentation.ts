/**
 * Runs once when a Quorum server starts (`next start`, including instances
 * started without `npm start`): a DATABASE_URL that is malformed or does not
 * answer stops the server with one sentence instead of failing on the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { parseDatabaseUrl, checkDatabaseReachable } = await import("@/lib/db/config");
  const parsed = parseDatabaseUrl(process.env.DATABASE_URL);
  if (!parsed.success) {
    console.error(`[quorum] ${parsed.error}`);
    process.exit(1);
  }
  try {
    await checkDatabaseReachable(parsed.data);
  } catch (error) {
    console.error(`[quorum] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
