import { describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { intervalLabel, isRecallRating, newCard, previewSchedule, ratingFor, reviewCard } from "./review";

const now = new Date("2026-03-01T09:00:00Z");
const DAY = 86_400_000;

describe("previewSchedule", () => {
  it("offers Again, Hard, Good, Easy on keys 1–4, each due no sooner than the one before", () => {
    const choices = previewSchedule(newCard(now), now);
    expect(choices.map((c) => [c.label, c.key])).toEqual([
      ["Again", "1"],
      ["Hard", "2"],
      ["Good", "3"],
      ["Easy", "4"],
    ]);
    for (let i = 1; i < choices.length; i++)
      expect(choices[i]!.due.getTime()).toBeGreaterThanOrEqual(choices[i - 1]!.due.getTime());
    expect(choices[3]!.due.getTime()).toBeGreaterThan(choices[0]!.due.getTime());
  });

  it("shows exactly the due date the rating then gives the card", () => {
    let card = newCard(now);
    let at = now;
    for (const rating of [Rating.Good, Rating.Good, Rating.Hard, Rating.Easy, Rating.Again] as const) {
      const shown = previewSchedule(card, at).find((c) => c.rating === rating)!;
      card = reviewCard(card, rating, at);
      expect(card.due.toISOString()).toBe(shown.due.toISOString());
      at = card.due;
    }
  });

  it("spaces a well-known card out to days, and Again brings it back within the hour", () => {
    let card = newCard(now);
    let at = now;
    for (let i = 0; i < 4; i++) {
      card = reviewCard(card, Rating.Good, at);
      at = card.due;
    }
    const choices = previewSchedule(card, at);
    expect(choices[2]!.due.getTime() - at.getTime()).toBeGreaterThan(3 * DAY);
    expect(choices[0]!.due.getTime() - at.getTime()).toBeLessThanOrEqual(60 * 60_000);
    expect(choices[2]!.interval).toMatch(/days?$|months?$/);
  });
});

describe("intervalLabel", () => {
  it.each([
    [0, "1 min"],
    [10 * 60_000, "10 min"],
    [3 * 3_600_000, "3 hours"],
    [DAY, "1 day"],
    [4 * DAY, "4 days"],
    [45 * DAY, "1.5 months"],
    [730 * DAY, "2 years"],
  ])("%d ms reads %s", (ms, text) => expect(intervalLabel(ms)).toBe(text));
});

describe("ratings", () => {
  it("accepts only 1–4 as a recall rating", () => {
    expect([0, 1, 2, 3, 4, 5].filter(isRecallRating)).toEqual([1, 2, 3, 4]);
  });

  it("rates quiz answers outside a review from their credit", () => {
    expect(ratingFor(0, undefined)).toBe(Rating.Again);
    expect(ratingFor(0.5, undefined)).toBe(Rating.Hard);
    expect(ratingFor(1, "low")).toBe(Rating.Good);
    expect(ratingFor(1, "high")).toBe(Rating.Easy);
  });
});
