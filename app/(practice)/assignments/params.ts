import { z } from "zod";

/** Route params of the assignment pages. Items are numbered from 1 in URLs; stored positions start at 0. */
export const assignmentIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);
export const itemNumberSchema = z.coerce.number().int().min(1).max(200);

export const itemHref = (assignmentId: string, position: number) =>
  `/assignments/${assignmentId}/items/${position + 1}`;
