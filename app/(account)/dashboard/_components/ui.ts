/** Shared class names of the dashboard cards; every link keeps a visible focus ring. */
export const card = "rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900";
export const cardTitle = "text-lg font-semibold";
export const muted = "text-sm text-slate-600 dark:text-slate-300";
export const link = "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900 dark:text-brand-100 dark:hover:text-white";
export const buttonLink =
  "inline-flex items-center rounded-lg bg-brand-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";
export const srTable = "sr-only";
