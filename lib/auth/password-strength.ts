/**
 * The password rule's second half: a strength estimate by zxcvbn-ts, which
 * recognises common passwords, dictionary words, names, keyboard patterns,
 * repeats, sequences and dates (with l33t substitutions) and estimates how
 * many guesses the password would take. Pure, but its dictionaries are large
 * (about 1 MB), so the sign-up form loads this module only when it submits.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { signUpSchema } from "./schemas";

/**
 * zxcvbn's scores: 2 means "guessable in under 10^8 tries", 3 "under 10^10",
 * 4 "more". 3 is the level its authors call safely unguessable; below it a
 * password is refused.
 */
export const MIN_PASSWORD_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
const estimator = () => (factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }));

/** Our own wording for zxcvbn's warning keys (it ships keys, not sentences, without a language pack). */
const WHY: Partial<Record<string, string>> = {
  topTen: "it is one of the most used passwords",
  topHundred: "it is one of the most used passwords",
  common: "it is a commonly used password",
  similarToCommon: "it is a small change to a common password",
  wordByItself: "a single word is easy to guess",
  namesByThemselves: "names on their own are easy to guess",
  commonNames: "common names are easy to guess",
  userInputs: "it contains your name or email",
  straightRow: "it is a row of keys",
  keyPattern: "it is a short keyboard pattern",
  simpleRepeat: "it repeats the same characters",
  extendedRepeat: "it repeats the same pattern",
  sequences: "it is a sequence like abc or 123",
  recentYears: "it contains a recent year",
  dates: "it contains a date",
};

/** Why `password` is too easy to guess (a sentence for the form), or null when it is strong enough. */
export function passwordWeakness(password: string, userInputs: readonly string[] = []): string | null {
  const result = estimator().check(password, [...userInputs]);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ? WHY[result.feedback.warning] : undefined;
  return `This password is too easy to guess${why ? `: ${why}` : ""}. Add a few uncommon words or mix in unrelated characters.`;
}

/**
 * The name and email, whole, in words and run together ("grace hopper" → "gracehopper"), as zxcvbn matches only whole
 * inputs.
 */
function userInputsOf(name: string, email: string): string[] {
  const local = email.split("@")[0] ?? "";
  const words = [...name.split(/\s+/), ...email.split(/[@.+_-]/)].filter((word) => word.length > 1);
  return [
    ...new Set(
      [name, name.replace(/\s+/g, ""), email, local, local.replace(/[.+_-]/g, ""), ...words].map((v) =>
        v.toLowerCase(),
      ),
    ),
  ];
}

/** Why a new password for the account named `name` with `email` is too easy to guess, or null. */
export function accountPasswordWeakness(password: string, name: string, email: string): string | null {
  return passwordWeakness(password, userInputsOf(name, email));
}

/**
 * The sign-up schema with the strength check: what the server enforces, and
 * what the form runs before sending, so both give the same message. The
 * user's own name and email count as easy guesses.
 */
export const strongSignUpSchema = signUpSchema.superRefine((input, ctx) => {
  const weakness = accountPasswordWeakness(input.password, input.name, input.email);
  if (weakness) ctx.addIssue({ code: "custom", path: ["password"], message: weakness });
});
