/**
 * The app's one kit of shared Tailwind class strings. Every control keeps a
 * visible focus ring; the compact variants are for dense panels such as the lab.
 */
export const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/** The one page width: the header, the footer and every page's content share its edges. */
export const pageContainer = "mx-auto w-full max-w-6xl px-4";
/** The one column grid: a main column and, from the large breakpoint, a side column of fixed width. */
export const mainWithAside = "lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10";

export const card = "rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900";
export const cardTitle = "text-lg font-semibold";
export const muted = "text-sm text-slate-600 dark:text-slate-300";
export const link =
  "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900 dark:text-brand-100 dark:hover:text-white";

export const buttonPrimary = `rounded-lg bg-brand-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60 ${focusRing}`;
export const buttonSecondary = `rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 ${focusRing}`;
/** A link that looks like the primary button. */
export const buttonLink = `inline-flex items-center ${buttonPrimary}`;
export const inputClass = `w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 ${focusRing}`;

export const buttonCompact =
  "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800";
export const buttonCompactPrimary =
  "rounded-md bg-brand-600 px-3 py-1 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-50";
export const inputCompact =
  "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";
export const fieldset = "space-y-1.5 rounded-lg border border-slate-200 p-2 dark:border-slate-700";
export const legend = "px-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";
