import type { ReactNode } from "react";
import type { ComponentProps } from "@/lib/content/component-registry";
import { MARKDOWN_FLOW } from "./markdown-elements";

type Kind = ComponentProps<"Callout">["kind"];

const STYLE: Record<Kind, { label: string; className: string }> = {
  note: { label: "Note", className: "border-slate-300 bg-slate-50 dark:border-slate-600 dark:bg-slate-900" },
  tip: { label: "Tip", className: "border-brand-500 bg-brand-50 dark:bg-brand-900/40" },
  warning: { label: "Warning", className: "border-amber-500 bg-amber-50 dark:bg-amber-950/40" },
  correction: { label: "Correcting a source", className: "border-red-500 bg-red-50 dark:bg-red-950/40" },
};

export function Callout({ kind, title, children }: ComponentProps<"Callout"> & { children?: ReactNode }) {
  const style = STYLE[kind];
  return (
    <aside
      aria-label={`${style.label}${title ? `: ${title}` : ""}`}
      className={`my-6 rounded-xl border-l-4 px-5 py-4 print:break-inside-avoid ${style.className}`}
    >
      <p className="text-xs font-semibold uppercase tracking-wider opacity-80">{style.label}</p>
      {title ? <p className="mt-1 font-semibold">{title}</p> : null}
      <div className={`[&>p]:my-2 ${MARKDOWN_FLOW}`}>{children}</div>
    </aside>
  );
}
