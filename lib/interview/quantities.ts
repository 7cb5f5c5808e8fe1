/**
 * Numbers with units in a candidate's notes ("500 GB/day", "5.8k writes/s", "1.8 PB"), read so an estimate can be
 * compared with a model answer within a band, as an interviewer would: 500 GB/day against ≈ 1 TB/day is in range.
 * Decimal units (1 TB = 10^12 bytes), binary ones where written (1 TiB = 2^40); a month is 30 days, a year 365.
 */

/** What a quantity measures: bytes or a count, in total or per unit of time. */
export type Dimension = "bytes" | "bytes/time" | "count" | "count/time";

export interface Quantity {
  /** In bytes or items, per second for rates. */
  readonly value: number;
  readonly dimension: Dimension;
  /** As written in the notes. */
  readonly text: string;
}

const SCALE: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

const BYTES: Readonly<Record<string, number>> = {
  b: 1,
  byte: 1,
  bytes: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  pb: 1e15,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
  pib: 2 ** 50,
};

const SECONDS: Readonly<Record<string, number>> = {
  s: 1,
  sec: 1,
  second: 1,
  min: 60,
  minute: 60,
  h: 3600,
  hr: 3600,
  hour: 3600,
  d: 86_400,
  day: 86_400,
  month: 30 * 86_400,
  year: 365 * 86_400,
  yr: 365 * 86_400,
};

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SCALE_WORD = String.raw`(?:\s?(k|thousand|mn|million|bn|billion|m|b)(?![a-z]))?`;
const BYTE_UNIT = String.raw`(?:\s?(bytes?|[kmgtp]i?b|b)(?![a-z]))?`;
/** One word may stand between the number and the rate: "5,800 posts/s", "6k writes per second". */
const RATE = String.raw`(?:\s?(?:[a-z-]+\s?)?(?:/|per\s|an?\s|each\s)\s?(seconds?|sec|s|minutes?|min|hours?|hr|h|days?|d|months?|years?|yr)(?![a-z])|\s?(qps|rps|tps|ops/s))?`;
const QUANTITY = new RegExp(`(?<![\\w.,])${NUMBER}${SCALE_WORD}${BYTE_UNIT}${RATE}`, "gi");

const singular = (unit: string) => (unit.length > 3 && unit.endsWith("s") ? unit.slice(0, -1) : unit);

/** Every number in `text` with what it measures; a bare number is a count. */
export function quantitiesIn(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [written = "", digits = "", scale, byteUnit, per, perSecondWord] = m;
    const number = Number(digits.replaceAll(",", ""));
    if (!Number.isFinite(number)) continue;
    let value = number * (scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1);
    const bytes = byteUnit ? BYTES[byteUnit.toLowerCase()] : undefined;
    if (bytes !== undefined) value *= bytes;
    const seconds = perSecondWord ? 1 : per ? SECONDS[singular(per.toLowerCase())] : undefined;
    if (seconds !== undefined) value /= seconds;
    const rate = seconds !== undefined;
    const dimension: Dimension = bytes !== undefined ? (rate ? "bytes/time" : "bytes") : rate ? "count/time" : "count";
    out.push({ value, dimension, text: written.trim() });
  }
  return out;
}

/** A model answer's estimate: `value unit` ("1 TB/day"), accepted within a factor of `within` either way. */
export interface Estimate {
  readonly value: number;
  readonly unit: string;
  readonly within: number;
}

/** The estimate as one quantity, or undefined when its unit is not one this module reads (content:check says so). */
export function estimateQuantity(estimate: Estimate): Quantity | undefined {
  const written = `${estimate.value} ${estimate.unit}`;
  const [only, ...more] = quantitiesIn(written);
  // All of it must be read: "1 furlongs/fortnight" would otherwise be the count 1.
  return only && more.length === 0 && only.text === written ? only : undefined;
}

/** The first quantity in the notes within the estimate's band, with why it counts; undefined when none is. */
export function estimateMatch(notes: string, estimate: Estimate): { matched: string; why: string } | undefined {
  const target = estimateQuantity(estimate);
  if (!target || target.value <= 0) return undefined;
  const hit = quantitiesIn(notes).find(
    (q) =>
      q.dimension === target.dimension &&
      q.value > 0 &&
      Math.max(q.value / target.value, target.value / q.value) <= estimate.within,
  );
  if (!hit) return undefined;
  return {
    matched: hit.text,
    why: `${hit.text} is within ${estimate.within}× of ≈ ${estimate.value} ${estimate.unit}`,
  };
}
