/**
 * Back-of-the-envelope capacity estimates with the working shown: every step
 * keeps its units and writes large numbers as powers of ten, the way a
 * candidate would on the whiteboard. Decimal units (1 KB = 10^3 bytes).
 */
import { z } from "zod";

export const SECONDS_PER_DAY = 86_400;

export const capacityInputSchema = z.object({
  /** Writes (new items) per day. */
  writesPerDay: z.number().positive().max(1e15),
  /** Reads per write (e.g. 10 for a read-heavy timeline). */
  readsPerWrite: z.number().nonnegative().max(1e6),
  /** Bytes per stored item. */
  itemBytes: z.number().positive().max(1e12),
  /** Peak traffic as a multiple of the daily average. */
  peakFactor: z.number().min(1).max(100),
  retentionYears: z.number().positive().max(100),
  replicas: z.number().int().min(1).max(10),
});
export type CapacityInput = z.infer<typeof capacityInputSchema>;

export interface CapacityStep {
  readonly label: string;
  /** The working, e.g. "500,000,000 / 86,400 s". */
  readonly working: string;
  readonly value: number;
  /** The value with its unit and power of ten, e.g. "≈ 5.79 × 10^3 writes/s". */
  readonly result: string;
}

export interface CapacityEstimate {
  readonly writesPerSecond: number;
  readonly peakWritesPerSecond: number;
  readonly readsPerSecond: number;
  readonly peakReadsPerSecond: number;
  readonly bytesPerDay: number;
  readonly bytesRetained: number;
  readonly bytesOnDisk: number;
  readonly writeBandwidth: number;
  readonly readBandwidth: number;
  readonly steps: readonly CapacityStep[];
}

/** Twitter's numbers from the framework lesson. */
export const TWITTER_EXAMPLE: CapacityInput = {
  writesPerDay: 500_000_000,
  readsPerWrite: 10,
  itemBytes: 2_000,
  peakFactor: 3,
  retentionYears: 5,
  replicas: 3,
};

const grouped = (n: number) =>
  Number.isInteger(n) ? n.toLocaleString("en-US") : n.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** Rounds half up in decimal, so 1.825 → 1.83 despite its binary representation. */
function roundTo(n: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(n * factor * (1 + Number.EPSILON)) / factor;
}

/** 5787.04 → "5.79 × 10^3"; numbers under 1,000 stay plain. */
export function powerOfTen(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return String(n);
  const exponent = Math.floor(Math.log10(Math.abs(n)));
  if (exponent < 3 && exponent >= 0) return grouped(Math.round(n * 100) / 100);
  const mantissa = n / 10 ** exponent;
  return `${roundTo(mantissa, 2).toString()} × 10^${exponent}`;
}

const BYTE_UNITS = ["B", "KB", "MB", "GB", "TB", "PB", "EB"] as const;

/** Decimal bytes: 1.825e15 → "1.83 PB". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${roundTo(value, digits).toString()} ${BYTE_UNITS[unit] ?? "B"}`;
}

/** The estimate, step by step. Invariant: every result follows from the previous steps' values. */
export function estimateCapacity(input: CapacityInput): CapacityEstimate {
  const writesPerSecond = input.writesPerDay / SECONDS_PER_DAY;
  const peakWritesPerSecond = writesPerSecond * input.peakFactor;
  const readsPerSecond = writesPerSecond * input.readsPerWrite;
  const peakReadsPerSecond = readsPerSecond * input.peakFactor;
  const bytesPerDay = input.writesPerDay * input.itemBytes;
  const bytesRetained = bytesPerDay * 365 * input.retentionYears;
  const bytesOnDisk = bytesRetained * input.replicas;
  const writeBandwidth = peakWritesPerSecond * input.itemBytes;
  const readBandwidth = peakReadsPerSecond * input.itemBytes;
  const steps: CapacityStep[] = [
    {
      label: "Average writes",
      working: `${grouped(input.writesPerDay)} / ${grouped(SECONDS_PER_DAY)} s`,
      value: writesPerSecond,
      result: `≈ ${powerOfTen(writesPerSecond)} writes/s`,
    },
    {
      label: "Peak writes",
      working: `${powerOfTen(writesPerSecond)} writes/s × ${input.peakFactor}`,
      value: peakWritesPerSecond,
      result: `≈ ${powerOfTen(peakWritesPerSecond)} writes/s`,
    },
    {
      label: "Average reads",
      working: `${powerOfTen(writesPerSecond)} writes/s × ${input.readsPerWrite} reads per write`,
      value: readsPerSecond,
      result: `≈ ${powerOfTen(readsPerSecond)} reads/s`,
    },
    {
      label: "Peak reads",
      working: `${powerOfTen(readsPerSecond)} reads/s × ${input.peakFactor}`,
      value: peakReadsPerSecond,
      result: `≈ ${powerOfTen(peakReadsPerSecond)} reads/s`,
    },
    {
      label: "Storage per day",
      working: `${powerOfTen(input.writesPerDay)} items × ${formatBytes(input.itemBytes)}`,
      value: bytesPerDay,
      result: `= ${powerOfTen(bytesPerDay)} B ≈ ${formatBytes(bytesPerDay)}/day`,
    },
    {
      label: `Storage over ${input.retentionYears} years`,
      working: `${formatBytes(bytesPerDay)}/day × 365 × ${input.retentionYears}`,
      value: bytesRetained,
      result: `= ${powerOfTen(bytesRetained)} B ≈ ${formatBytes(bytesRetained)}`,
    },
    {
      label: `On disk with ${input.replicas} replicas`,
      working: `${formatBytes(bytesRetained)} × ${input.replicas}`,
      value: bytesOnDisk,
      result: `≈ ${formatBytes(bytesOnDisk)}`,
    },
    {
      label: "Peak write bandwidth",
      working: `${powerOfTen(peakWritesPerSecond)} writes/s × ${formatBytes(input.itemBytes)}`,
      value: writeBandwidth,
      result: `≈ ${formatBytes(writeBandwidth)}/s`,
    },
    {
      label: "Peak read bandwidth",
      working: `${powerOfTen(peakReadsPerSecond)} reads/s × ${formatBytes(input.itemBytes)}`,
      value: readBandwidth,
      result: `≈ ${formatBytes(readBandwidth)}/s`,
    },
  ];
  return {
    writesPerSecond,
    peakWritesPerSecond,
    readsPerSecond,
    peakReadsPerSecond,
    bytesPerDay,
    bytesRetained,
    bytesOnDisk,
    writeBandwidth,
    readBandwidth,
    steps,
  };
}

/** The working as plain text for the notes. */
export function capacityNotes(estimate: CapacityEstimate): string {
  return [
    "Capacity estimate:",
    ...estimate.steps.map((step) => `- ${step.label}: ${step.working} ${step.result}`),
  ].join("\n");
}
