"use client";

import { useId, useState, type TextareaHTMLAttributes } from "react";

type LimitedTextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { maxLength: number };

/**
 * A textarea that stops at its field's limit (from lib/text-limits.ts) and
 * says how much of it is used, so nobody loses the end of a long answer to a
 * server refusal. Works controlled (`value`) or not (`defaultValue`).
 */
export function LimitedTextarea({
  maxLength,
  onChange,
  "aria-describedby": describedBy,
  ...textarea
}: LimitedTextareaProps) {
  const counterId = useId();
  const [typed, setTyped] = useState(String(textarea.defaultValue ?? "").length);
  const length = typeof textarea.value === "string" ? textarea.value.length : typed;
  const near = length >= maxLength * 0.9;
  return (
    <>
      <textarea
        {...textarea}
        maxLength={maxLength}
        aria-describedby={[describedBy, counterId].filter(Boolean).join(" ")}
        onChange={(event) => {
          setTyped(event.target.value.length);
          onChange?.(event);
        }}
      />
      <span
        id={counterId}
        className={`mt-1 block text-right text-xs tabular-nums ${near ? "font-medium text-amber-700 dark:text-amber-300" : "text-muted"}`}
      >
        {length.toLocaleString("en-GB")} / {maxLength.toLocaleString("en-GB")}
      </span>
    </>
  );
}
