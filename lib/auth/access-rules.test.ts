import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ACCESS_RULES,
  accessRules,
  ENTRY_KINDS,
  PERMISSIONS,
  permissionOf,
  rolesAllowed,
  type RuleId,
} from "./access-rules";
import { ROLES } from "./roles";

/** URL paths of app/'s pages and route handlers (route groups dropped), the handlers with their files. */
function appRoutes(): { pages: string[]; handlers: Map<string, string> } {
  const pages: string[] = [];
  const handlers = new Map<string, string>();
  const walk = (dir: string, url: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? url : `${url}/${entry.name}`);
      else if (entry.name === "page.tsx") pages.push(url || "/");
      else if (entry.name === "route.ts") handlers.set(url, join(dir, entry.name));
    }
  };
  walk("app", "");
  return { pages, handlers };
}

describe("access rules", () => {
  it("gives every row a known permission for every role and at least one way in", () => {
    for (const rule of accessRules()) {
      expect(Object.keys(rule.access).sort(), rule.id).toEqual([...ROLES].sort());
      for (const role of ROLES) expect(PERMISSIONS, `${rule.id} ${role}`).toContain(rule.access[role]);
      expect(rule.via.length, rule.id).toBeGreaterThan(0);
      for (const via of rule.via) {
        expect(ENTRY_KINDS, rule.id).toContain(via.kind);
        if (via.kind === "api")
          expect(via.path, rule.id).toMatch(/^(GET|POST|PUT|PATCH|DELETE)(, (GET|POST|PUT|PATCH|DELETE))* \//);
      }
      expect(rule.enforcedIn.length, rule.id).toBeGreaterThan(0);
    }
  });

  it("names pages, API routes and server actions that exist", () => {
    const routes = appRoutes();
    for (const rule of accessRules())
      for (const via of rule.via) {
        if (via.kind === "page") expect(routes.pages, `${rule.id}: ${via.path}`).toContain(via.path);
        if (via.kind === "api") {
          const [methods = "", path = ""] = via.path.split(" /");
          const file = routes.handlers.get(`/${path}`);
          expect(file, `${rule.id}: ${via.path}`).toBeDefined();
          for (const method of methods.split(", "))
            expect(readFileSync(file ?? "", "utf8"), `${rule.id}: ${via.path}`).toMatch(
              new RegExp(`export (async function|const) ${method}\\b`),
            );
        }
        if (via.kind === "action") {
          const match = /^(\w+(?:, \w+)*) \((.+)\)$/.exec(via.path);
          expect(match, `${rule.id}: ${via.path}`).not.toBeNull();
          const [, names = "", file = ""] = match ?? [];
          const source = existsSync(file) ? readFileSync(file, "utf8") : "";
          for (const name of names.split(", "))
            expect(source, `${rule.id}: ${name} in ${file}`).toMatch(new RegExp(`export async function ${name}\\b`));
        }
      }
  });

  it("has one row per (resource, action)", () => {
    const keys = accessRules().map((rule) => `${rule.resource} / ${rule.action}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("lets nobody edit content in the app: authors go through the repository", () => {
    expect(rolesAllowed("content.edit")).toEqual([]);
    expect(ACCESS_RULES["content.edit"].via.map((via) => via.kind)).toEqual(["repository"]);
    expect(rolesAllowed("content.read")).toEqual([...ROLES]);
  });

  it("lets only admins manage users", () => {
    for (const id of ["users.list", "users.change-role", "users.deactivate"] as const)
      expect(rolesAllowed(id), id).toEqual(["admin"]);
  });

  it("keeps the interviewer's side of assignments and cohorts to interviewers and admins, each on their own", () => {
    const teaching = accessRules().filter((rule) => rule.id.startsWith("assignment.") || rule.id === "cohort.view");
    for (const rule of teaching) {
      expect(rule.access.candidate, rule.id).toBe("none");
      expect(rule.access.author, rule.id).toBe("none");
      expect(rule.access.interviewer, rule.id).toBe(rule.id === "assignment.create" ? "all" : "own");
      expect(rule.access.admin, rule.id).toBe(rule.access.interviewer);
    }
  });

  it("shows a candidate only their own work and what was given to them", () => {
    const wide = accessRules()
      .filter((rule) => rule.access.candidate === "all")
      .map((rule) => rule.id);
    // "all" for a candidate is only for public content, for starting something of their own, and for links whose token
    // is the credential (invitations, password reset links).
    expect(wide.sort()).toEqual([
      "cohort.join",
      "content.read",
      "interview.join",
      "interview.start-solo",
      "invitation.claim",
      "password-reset.use",
      "quiz-attempt.start",
    ] satisfies RuleId[]);
    const given = accessRules()
      .filter((rule) => rule.access.candidate === "member")
      .map((rule) => rule.id);
    expect(given.every((id) => id.startsWith("assignment-work."))).toBe(true);
    expect(permissionOf("interview.interviewer-part", "candidate")).toBe("none");
  });

  it("uses 'member' only on the candidate's side of assignments", () => {
    for (const rule of accessRules())
      for (const role of ROLES)
        if (rule.access[role] === "member")
          expect(rule.id.startsWith("assignment-work."), `${rule.id} ${role}`).toBe(true);
  });
});
