import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { may } from "./access";
import { ACCESS_RULES, permissionOf, type RuleId } from "./access-rules";
import { ROLES } from "./roles";

const ruleIds = Object.keys(ACCESS_RULES) as RuleId[];
const rule = fc.constantFrom(...ruleIds);
const role = fc.constantFrom(...ROLES);
const id = fc.constantFrom("u1", "u2", "u3");
const party = fc.option(id, { nil: null });

describe("may", () => {
  it("lets a role act at all exactly where the table gives it more than none", () => {
    fc.assert(
      fc.property(rule, role, id, (r, ro, me) => {
        expect(may({ id: me, role: ro }, r)).toBe(permissionOf(r, ro) !== "none");
      }),
    );
  });

  it("reaches a row only as the table says: any row for all, the actor's own for own, their member row for member", () => {
    fc.assert(
      fc.property(rule, role, id, party, party, (r, ro, me, owner, member) => {
        const expected = { all: true, own: owner === me, member: member === me, none: false }[permissionOf(r, ro)];
        expect(may({ id: me, role: ro }, r, { owner, member })).toBe(expected);
      }),
    );
  });

  it("refuses a demoted teacher their own assignment and interviewer part, and keeps a candidate out of the user list", () => {
    expect(may({ id: "u1", role: "candidate" }, "assignment.view-table", { owner: "u1" })).toBe(false);
    expect(may({ id: "u1", role: "interviewer" }, "assignment.view-table", { owner: "u1" })).toBe(true);
    expect(may({ id: "u1", role: "interviewer" }, "assignment.view-table", { owner: "u2" })).toBe(false);
    expect(may({ id: "u1", role: "author" }, "interview.interviewer-part", { owner: "u1" })).toBe(false);
    expect(may({ id: "u1", role: "candidate" }, "users.list")).toBe(false);
    expect(may({ id: "u1", role: "admin" }, "users.list")).toBe(true);
  });

  it("never lets a row that names nobody count as the actor's own", () => {
    fc.assert(
      fc.property(rule, role, id, (r, ro, me) => {
        expect(may({ id: me, role: ro }, r, { owner: null, member: null })).toBe(permissionOf(r, ro) === "all");
      }),
    );
  });
});
