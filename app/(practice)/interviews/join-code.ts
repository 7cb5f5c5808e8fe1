import { z } from "zod";

/** What a code that opens no seat is told, from the /interviews form and from an invite link alike. */
export const NO_INTERVIEW_FOR_CODE =
  "No interview is waiting for a candidate with this code. It may have been taken already: check it with your interviewer.";

/** The code as lib/db reads it: capitals and spaces do not matter; bounded before any work. */
export const interviewCodeSchema = z
  .string()
  .trim()
  .min(1, "Enter the join code your interviewer gave you.")
  .max(32, "Join codes are 8 letters and digits: check what you typed.")
  .transform((code) => code.toUpperCase().replace(/[^A-Z0-9]/g, ""));
