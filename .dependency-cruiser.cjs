/**
 * The layer map: the one home of which code may import which (CONTRIBUTING.md
 * shows it as a table; `npm run lint:deps` checks the tree against it, and
 * tests/unit/layer-rules.test.ts proves the rules catch what they forbid).
 *
 * Tiers, top to bottom. A module may import its own tier's folder and any tier
 * below, never one above. Where a tier holds several folders they are peers
 * that stay independent: none imports another.
 */
const TIERS = [
  { name: "app", folders: ["app"], why: "routes, pages, server actions" },
  { name: "components", folders: ["components"], why: "React components; get server actions as props" },
  {
    name: "session",
    folders: ["lib/session"],
    why: "next-auth and the signed-in user of a request, read through lib/db",
  },
  { name: "db", folders: ["lib/db"], why: "the only data access; every function checks who asks" },
  { name: "auth", folders: ["lib/auth"], why: "roles, the access table, sign-up and password rules" },
  { name: "server helpers", folders: ["lib/http", "lib/request"], why: "request and response plumbing" },
  { name: "content", folders: ["lib/content"], why: "loads and checks content/ (lessons, quizzes, prompts)" },
  {
    name: "domain",
    folders: ["lib/quiz", "lib/interview", "lib/dashboard", "lib/assignments", "lib/lab"],
    why: "pure rules of each feature",
  },
  { name: "sim", folders: ["lib/sim"], why: "the deterministic simulator" },
  {
    name: "leaves",
    folders: [],
    why: "single files directly in lib/ (dates, env, text-limits, theme-script, yaml-source, …): import only each other",
  },
];

const LEAF = "^lib/[^/]+$";
const pathOf = (tier) => (tier.folders.length ? `^(${tier.folders.join("|")})/` : LEAF);

/** A tier imports nothing above it. */
const upward = TIERS.slice(1).map((tier, i) => ({
  name: `no-upward-from-${tier.name.replace(/ /g, "-")}`,
  comment: `${tier.name} (${tier.why}) sits below ${TIERS.slice(0, i + 1)
    .map((t) => t.name)
    .join(", ")}: it must not import them.`,
  severity: "error",
  from: { path: pathOf(tier) },
  to: { path: TIERS.slice(0, i + 1).map(pathOf) },
}));

/** Folders sharing a tier stay independent of each other. */
const peers = TIERS.filter((tier) => tier.folders.length > 1).map((tier) => ({
  name: `no-peer-import-in-${tier.name.replace(/ /g, "-")}`,
  comment: `${tier.folders.join(", ")} are peers: none imports another (move what they share down a tier).`,
  severity: "error",
  from: { path: `^(${tier.folders.join("|")})/` },
  to: { path: `^(${tier.folders.join("|")})/`, pathNot: "^$1/" },
}));

module.exports = {
  forbidden: [
    ...upward,
    ...peers,
    {
      name: "no-tooling-in-app",
      comment:
        "App code (app, components, lib) never imports tests, e2e, benchmarks, scripts or prisma/ build scripts.",
      severity: "error",
      from: { path: "^(app|components|lib)/" },
      to: { path: "^(e2e|tests|bench|scripts|prisma)/" },
    },
    {
      name: "no-folder-cycle",
      comment: "Folders import each other in one direction only.",
      severity: "error",
      scope: "folder",
      from: { path: "^(app|components|lib)/" },
      to: { circular: true },
    },
    {
      name: "no-unresolvable",
      comment:
        "Every project import resolves, so no edge escapes the rules above (an alias the checker cannot follow would).",
      severity: "error",
      from: { path: "^(app|components|lib)/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|lib/db/generated|[.]next)/" },
    // Type-only imports count: a type from a higher layer still ties the lower one to it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "types", "production", "default"],
    },
  },
};
