import { checkDatabaseReachable, parseDatabaseUrl } from "./config";

/**
 * A DATABASE_URL that is malformed or does not answer stops the server with one
 * sentence naming the variable and the problem, instead of failing on the first request.
 */
export async function refuseToStartOnBadDatabase(): Promise<void> {
  const parsed = parseDatabaseUrl(process.env.DATABASE_URL);
  let problem = parsed.success ? null : parsed.error;
  if (parsed.success) {
    problem = await checkDatabaseReachable(parsed.data).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
  }
  if (problem) {
    console.error(`[quorum] ${problem}`);
    process.exit(1);
  }
}
