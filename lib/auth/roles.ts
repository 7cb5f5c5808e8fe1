/** The roles a Quorum account can hold. `candidate` is the default for sign-ups. */
export const ROLES = ["candidate", "interviewer", "author", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
