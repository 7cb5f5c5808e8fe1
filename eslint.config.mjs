import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

// lib/env.ts is the one reader of environment variables: it validates them with zod at start-up.
const envRestriction = {
  object: "process",
  property: "env",
  message: "Read environment variables through env() from @/lib/env, which validates them.",
};

// Pure modules: the simulator, grading and the interview flow must run the same
// in the browser, a worker, the server and tests, and stay deterministic.
const pureRestrictions = {
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        {
          group: ["react", "react-dom", "react/*", "next", "next/*", "next-auth", "next-auth/*"],
          message: "This module must stay independent of React and Next.",
        },
        {
          group: ["@/lib/db", "@/lib/db/*", "@prisma/*", "../db/*", "server-only"],
          message: "Pure modules never touch the database.",
        },
        {
          group: ["node:*", "fs", "path", "os", "crypto", "child_process"],
          message: "Pure modules run in the browser too: no Node built-ins.",
        },
      ],
    },
  ],
  "no-restricted-properties": [
    "error",
    { object: "Math", property: "random", message: "Use the simulation's seeded PRNG." },
    { object: "Date", property: "now", message: "Use virtual time passed in as data." },
    envRestriction,
  ],
  "no-restricted-globals": [
    "error",
    { name: "setTimeout", message: "Pure modules have no timers." },
    { name: "setInterval", message: "Pure modules have no timers." },
    { name: "performance", message: "Pure modules have no wall clock." },
    { name: "Worker", message: "Pure modules start no workers: take a function that starts one." },
  ],
  "no-restricted-syntax": [
    "error",
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: "Pure modules have no wall clock: take now as an argument.",
    },
  ],
};

const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/db/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "data/**",
      ".tmp/**",
      ".tmp-*",
    ],
  },
  ...nextVitals,
  // Type-aware: the rules read the TypeScript program tsconfig.json describes (floating and misused promises, unsafe
  // any).
  ...tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  { files: ["**/*.{js,mjs,cjs}"], ...tseslint.configs.disableTypeChecked },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/ban-ts-comment": [
        "error",
        { "ts-ignore": true, "ts-expect-error": "allow-with-description" },
      ],
      // Off: here `async` marks a promise-returning API (Next requires it on every server action; benches and test
      // hooks implement one).
      "@typescript-eslint/require-await": "off",
      // Lines stay under 120 characters: Prettier wraps code, this catches comments. Long strings, template literals,
      // regular expressions and URLs stay whole, so a message or a test name can still be found with grep.
      "max-len": [
        "error",
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.objectContaining) are typed any on purpose.
    files: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  {
    // Scripts, benches, e2e and tests set up environments of their own and may read process.env.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.ts", "proxy.ts", "instrumentation.ts"],
    ignores: ["lib/env.ts", "**/*.test.ts"],
    rules: { "no-restricted-properties": ["error", envRestriction] },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Routes and components reach data only through lib/db/index.ts, whose functions check who is asking.
    // Types from the modules behind it are fine; values (like an unchecked loader) are not.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/*", "!@/lib/db/index"],
              allowTypeImports: true,
              message: "Import from @/lib/db: its functions check authorisation.",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      "lib/sim/**/*.ts",
      "lib/quiz/**/*.ts",
      "lib/interview/**/*.ts",
      "lib/dashboard/**/*.ts",
      "lib/assignments/**/*.ts",
      "lib/lab/**/*.ts",
      "lib/dates.ts",
      "lib/text-limits.ts",
      "lib/theme-script.ts",
      "lib/yaml-source.ts",
    ],
    ignores: ["**/*.test.ts"],
    rules: pureRestrictions,
  },
];

export default config;
