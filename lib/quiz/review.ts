/**
 * The review queue's scheduler: ts-fsrs, one card per question per user. Time
 * is passed in (`now`), never read here.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import type { Certainty } from "./schema";

const scheduler = fsrs({ enable_fuzz: false });

export type ReviewCardState = Card;

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
