import { z } from "zod";

/** The shape of an invitation token (lib/db makes them); anything else is not looked up. */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/);
