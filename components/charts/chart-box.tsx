import { chartVars } from "./chart-theme";

/**
 * A fixed-height box for a chart: it keeps its size while the chart's code
 * loads, so nothing below it moves (no layout shift).
 */
export function ChartBox({
  height,
  children,
  className = "",
}: {
  height: number;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <div className={`${chartVars} relative w-full ${className}`} style={{ height }}>
      {children}
    </div>
  );
}

/**
 * What the box shows until the chart arrives: a quiet placeholder, announced as nothing (the table beside it carries
 * the data).
 */
export function ChartPlaceholder() {
  return (
    <div
      aria-hidden="true"
      className="h-full w-full animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none dark:bg-slate-800/60"
    />
  );
}
