/**
 * The review queue's scheduler: ts-fsrs, one card per question per user. Time
 * is passed in (`now`), never read here. A review session asks the user to rate
 * their recall (Again, Hard, Good, Easy) after seeing the answer, as Anki does;
 * a quiz answer outside a review is rated from its credit (ratingFor).
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import type { Certainty } from "./schema";

const scheduler = fsrs({ enable_fuzz: false });

export type ReviewCardState = Card;

/** The four recall ratings in button order; `key` is the keyboard shortcut. */
export const RECALL_RATINGS = [
  { rating: Rating.Again, label: "Again", key: "1" },
  { rating: Rating.Hard, label: "Hard", key: "2" },
  { rating: Rating.Good, label: "Good", key: "3" },
  { rating: Rating.Easy, label: "Easy", key: "4" },
] as const satisfies ReadonlyArray<{ rating: Grade; label: string; key: string }>;

export type RecallRating = (typeof RECALL_RATINGS)[number]["rating"];
export type RecallLabel = (typeof RECALL_RATINGS)[number]["label"];

export function isRecallRating(value: number): value is RecallRating {
  return RECALL_RATINGS.some((r) => (r.rating as number) === value);
}

export function recallLabel(rating: RecallRating): RecallLabel {
  return RECALL_RATINGS.find((r) => r.rating === rating)?.label ?? "Good";
}

export function newCard(now: Date): Card {
  return createEmptyCard(now);
}

/** Wrong → Again, partial → Hard, right → Good, right and sure → Easy. */
export function ratingFor(credit: number, certainty: Certainty | undefined): Grade {
  if (credit <= 0) return Rating.Again;
  if (credit < 1) return Rating.Hard;
  return certainty === "high" ? Rating.Easy : Rating.Good;
}

export function reviewCard(card: Card, rating: Grade, now: Date): Card {
  return scheduler.next(card, now, rating).card;
}

export interface ScheduleChoice {
  readonly rating: RecallRating;
  readonly label: RecallLabel;
  readonly key: string;
  /** When the card would be due again after this rating. */
  readonly due: Date;
  /** The wait in words, as Anki prints it on the button: "10 min", "1 day", "3.5 months". */
  readonly interval: string;
}

/**
 * What each rating would do to the card now: the same ts-fsrs step reviewCard
 * takes, so the interval a button shows is the one the server then applies.
 */
export function previewSchedule(card: Card, now: Date): ScheduleChoice[] {
  const preview = scheduler.repeat(card, now);
  return RECALL_RATINGS.map(({ rating, label, key }) => {
    const due = preview[rating].card.due;
    return { rating, label, key, due, interval: intervalLabel(due.getTime() - now.getTime()) };
  });
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** A wait in one unit, rounded like Anki's buttons: minutes, hours, days, months (one decimal), years. */
export function intervalLabel(ms: number): string {
  const wait = Math.max(0, ms);
  const unit = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (wait < HOUR) return unit(Math.max(1, Math.round(wait / MINUTE)), "min", "min");
  if (wait < DAY) return unit(Math.round(wait / HOUR), "hour", "hours");
  if (wait < MONTH) return unit(Math.round(wait / DAY), "day", "days");
  if (wait < YEAR) return unit(Math.round((wait / MONTH) * 10) / 10, "month", "months");
  return unit(Math.round((wait / YEAR) * 10) / 10, "year", "years");
}
