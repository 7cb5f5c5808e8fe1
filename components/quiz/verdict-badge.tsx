import type { Tone } from "@/lib/quiz/verdict";

const TONE: Record<Tone, string> = {
  right:
    "border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200",
  partly: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100",
  wrong: "border-rose-300 bg-rose-50 text-rose-800 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-200",
  unanswered: "border-slate-300 bg-slate-50 text-slate-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200",
};

/**
 * A tick, a half-filled circle, a cross or a dash: the shape says it too, for anyone who cannot tell the colours apart.
 */
function ToneIcon({ tone }: { tone: Tone }) {
  const common = {
    width: 16,
    height: 16,
    viewBox: "0 0 16 16",
    "aria-hidden": true,
    focusable: false,
    className: "shrink-0",
  } as const;
  switch (tone) {
    case "right":
      return (
        <svg {...common}>
          <path
            d="M3 8.5l3 3 7-7"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      );
    case "partly":
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.75" />
          <path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor" />
        </svg>
      );
    case "wrong":
      return (
        <svg {...common}>
          <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      );
    case "unanswered":
      return (
        <svg {...common}>
          <path d="M4 8h8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      );
    default: {
      const never: never = tone;
      return never;
    }
  }
}

/** A verdict as colour, icon and word together ("✓ Right: full marks"); never the colour alone. */
export function VerdictBadge({ tone, label }: { tone: Tone; label: string }) {
  return (
    <span
      data-testid="verdict"
      data-tone={tone}
      className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-semibold ${TONE[tone]}`}
    >
      <ToneIcon tone={tone} />
      {label}
    </span>
  );
}
