import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "@": fileURLToPath(new URL(".", import.meta.url)) };

// Unit tests live beside the code they test (`*.test.ts`). Integration tests
// (`*.int.test.ts`) talk to a real database and run once per engine, so the
// same assertions hold on SQLite and on PostgreSQL.
const integration = (name: string, env: Record<string, string>) => ({
  resolve: { alias },
  test: {
    name,
    include: ["lib/**/*.int.test.ts", "tests/integration/**/*.int.test.ts"],
    environment: "node",
    env,
    globalSetup: ["tests/integration/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**", "e2e/**"],
          environment: "node",
          testTimeout: 60_000,
        },
      },
      integration("integration-sqlite", { QUORUM_TEST_DB: "sqlite" }),
      integration("integration-postgres", { QUORUM_TEST_DB: "postgres" }),
    ],
  },
});
