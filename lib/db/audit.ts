/**
 * The admin audit log: one AuditEvent row per thing done to an account by
 * someone else (or by the command line), written in the same transaction as
 * the change it records.
 */
import type { Tx } from "./client";

export const AUDIT_ACTIONS = ["password-reset.issued", "password-reset.used"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export async function audit(
  tx: Tx,
  event: { actorId: string | null; action: AuditAction; targetUserId: string; detail: string },
): Promise<void> {
  await tx.auditEvent.create({ data: event });
}
