import type { ReactNode } from "react";
import { MARKDOWN_FLOW } from "./markdown-elements";

/** What a strong candidate says: a quotation, visually and semantically set apart. */
export function InterviewLine({ children }: { children?: ReactNode }) {
  return (
    <figure className="my-6 rounded-r-xl border-l-4 border-emerald-600 bg-emerald-50 px-5 py-4 dark:border-emerald-500 dark:bg-emerald-950/40 print:break-inside-avoid">
      <figcaption className="text-xs font-semibold uppercase tracking-wider text-emerald-800 dark:text-emerald-300">
        Interview line
      </figcaption>
      <blockquote className={`mt-1 text-slate-800 italic dark:text-slate-100 [&>p]:my-1 ${MARKDOWN_FLOW}`}>
        {children}
      </blockquote>
    </figure>
  );
}
