import { checkDatabaseReachable, parseDatabaseUrl } from "./config";
import { env, startupProblems } from "../env";

/**
 * A bad environment variable, or a DATABASE_URL that is malformed or does not
 * answer, stops the server with one sentence per problem naming the variable,
 * instead of failing on the first request.
 */
export async function refuseToStartOnBadSetup(): Promise<void> {
  const problems = startupProblems();
  if (problems.length === 0) {
    const parsed = parseDatabaseUrl(env().DATABASE_URL);
    const problem = parsed.success
      ? await checkDatabaseReachable(parsed.data).then(
          () => null,
          (error: unknown) => (error instanceof Error ? error.message : String(error)),
        )
      : parsed.error;
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(`[quorum] ${problem}`);
    process.exit(1);
  }
}
