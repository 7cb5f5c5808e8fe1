/** Shared class names for the lab's small controls (visible focus comes from globals.css). */
export const btn = "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800";
export const btnPrimary = "rounded-md bg-brand-600 px-3 py-1 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-50";
export const field = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";
export const fieldset = "space-y-1.5 rounded-lg border border-slate-200 p-2 dark:border-slate-700";
export const legend = "px-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";
