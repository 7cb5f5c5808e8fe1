import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { db, disconnectDb } from "../../lib/db/client";

/**
 * Points lib/db at this project's throwaway database (see global-setup.ts),
 * empties the tables before each test and closes the client at the end.
 */
export function withTestDatabase(): void {
  beforeAll(() => {
    process.env.DATABASE_URL = inject("databaseUrl");
  });
  beforeEach(async () => {
    await db().loginThrottle.deleteMany();
    await db().user.deleteMany();
  });
  afterAll(() => disconnectDb());
}

