/**
 * The one question lib/db asks before it touches a row: may this actor take
 * this action (a row of ACCESS_RULES, lib/auth/access-rules.ts) on this row?
 * It reads the table, so changing a permission there changes what every
 * function allows. Pure: no database, no Next.
 */
import { permissionOf, type RuleId } from "./access-rules";
import type { Role } from "./roles";

/** Who is asking: the signed-in user as lib/db sees them. */
export interface Actor {
  readonly id: string;
  readonly role: Role;
}

/**
 * Whom a row names for the rule at hand. `owner` answers "own": the user whose
 * row it is (the attempt's or progress's user, the session's candidate or
 * interviewer, the assignment's or cohort's owner). `member` answers "member":
 * the user of an AssignmentMember row. Null or absent: the row names nobody there.
 */
export interface RowParties {
  readonly owner?: string | null;
  readonly member?: string | null;
}

/**
 * Without a row: may the actor take the action at all (on some rows, or to
 * create one)? With a row: may they take it on this one? "all" reaches any
 * row, "own" and "member" only rows that name the actor in that part, "none"
 * nothing (lib/db then answers "not found").
 */
export function may(actor: Actor, rule: RuleId, row?: RowParties): boolean {
  const permission = permissionOf(rule, actor.role);
  switch (permission) {
    case "none":
      return false;
    case "all":
      return true;
    case "own":
      return row === undefined || (typeof row.owner === "string" && row.owner === actor.id);
    case "member":
      return row === undefined || (typeof row.member === "string" && row.member === actor.id);
  }
}
