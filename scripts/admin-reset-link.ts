/**
 * npm run admin:reset-link — a one-time password reset link for the first admin (the oldest admin account), for when
 * no admin can sign in to issue one. Prints the link once (only its hash is stored); it works once, for 24 hours, and
 * the audit log records it as issued by the command line. The database is the one DATABASE_URL names; the link's
 * address is NEXTAUTH_URL's (or http://localhost:3000).
 */
import { disconnectDb } from "../lib/db/client";
import { issueResetForFirstAdmin } from "../lib/db/password-resets";

async function main(): Promise<number> {
  const issued = await issueResetForFirstAdmin(new Date());
  if (!issued?.ok) {
    console.error("[reset-link] There is no admin account in this database: npm run db:seed creates the demo admin.");
    return 1;
  }
  const site = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  console.log(`Reset link for ${issued.email} (works once, until ${issued.expiresAt}):`);
  console.log(new URL(`/reset/${issued.token}`, site).toString());
  return 0;
}

main()
  .then(async (code) => {
    await disconnectDb();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(`[reset-link] ${error instanceof Error ? error.message : String(error)}`);
    await disconnectDb();
    process.exit(1);
  });
