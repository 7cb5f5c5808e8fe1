"use client";
import { useState } from "react";
import {
  capacityInputSchema,
  capacityNotes,
  estimateCapacity,
  TWITTER_EXAMPLE,
  type CapacityInput,
} from "@/lib/interview/capacity";
import { buttonSecondary, inputClass } from "@/components/ui/class-names";

const FIELDS: readonly { key: keyof CapacityInput; label: string; step: string }[] = [
  { key: "writesPerDay", label: "Writes per day", step: "1" },
  { key: "readsPerWrite", label: "Reads per write", step: "any" },
  { key: "itemBytes", label: "Bytes per item", step: "1" },
  { key: "peakFactor", label: "Peak ÷ average", step: "any" },
  { key: "retentionYears", label: "Years kept", step: "any" },
  { key: "replicas", label: "Replicas", step: "1" },
];

/**
 * QPS, storage and bandwidth, step by step with units; "Add to notes" writes the working into the current phase's
 * notes.
 */
export function CapacityEstimator({
  onAddToNotes,
  disabled,
}: {
  onAddToNotes: (text: string) => void;
  disabled?: boolean;
}) {
  const [values, setValues] = useState<Record<keyof CapacityInput, string>>(() => {
    const entries = Object.entries(TWITTER_EXAMPLE).map(([k, v]) => [k, String(v)]);
    return Object.fromEntries(entries) as Record<keyof CapacityInput, string>;
  });
  const parsed = capacityInputSchema.safeParse(
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)])),
  );
  const estimate = parsed.success ? estimateCapacity(parsed.data) : null;
  return (
    <details className="rounded-xl border border-slate-200 p-3 dark:border-slate-800">
      <summary className="cursor-pointer text-sm font-semibold">Capacity estimator</summary>
      <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3">
        {FIELDS.map((field) => (
          <label key={field.key} className="text-xs font-medium">
            {field.label}
            <input
              type="number"
              inputMode="decimal"
              step={field.step}
              className={`${inputClass} mt-1`}
              value={values[field.key]}
              onChange={(event) => setValues((v) => ({ ...v, [field.key]: event.target.value }))}
            />
          </label>
        ))}
      </div>
      {estimate ? (
        <ol className="mt-3 space-y-1 text-sm" aria-label="Working">
          {estimate.steps.map((step) => (
            <li key={step.label} className="font-mono text-xs sm:text-sm">
              <span className="font-sans font-medium">{step.label}:</span> {step.working} <strong>{step.result}</strong>
            </li>
          ))}
        </ol>
      ) : (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-300">
          Every field needs a positive number (peak at least 1, replicas 1–10).
        </p>
      )}
      <button
        type="button"
        className={`${buttonSecondary} mt-3`}
        disabled={!estimate || disabled}
        onClick={() => estimate && onAddToNotes(capacityNotes(estimate))}
      >
        Add to notes
      </button>
    </details>
  );
}
