/**
 * Chart colours as CSS variables set on the chart's box, so one class string
 * switches them for dark mode (SVG fill/stroke attributes accept var()).
 */
export const chartVars =
  "[--chart-accent:var(--color-brand-600)] [--chart-track:var(--color-slate-200)] [--chart-grid:var(--color-slate-200)] [--chart-text:var(--color-slate-600)] [--chart-tip-bg:var(--color-white)] [--chart-tip-border:var(--color-slate-300)] " +
  "dark:[--chart-accent:oklch(0.72_0.14_250)] dark:[--chart-track:var(--color-slate-700)] dark:[--chart-grid:var(--color-slate-800)] dark:[--chart-text:var(--color-slate-300)] dark:[--chart-tip-bg:var(--color-slate-900)] dark:[--chart-tip-border:var(--color-slate-600)]";

export const axisTick = { fill: "var(--chart-text)", fontSize: 12 } as const;

export const tooltipStyle = {
  contentStyle: {
    background: "var(--chart-tip-bg)",
    border: "1px solid var(--chart-tip-border)",
    borderRadius: 8,
    fontSize: 13,
  },
  labelStyle: { color: "var(--chart-text)", fontWeight: 600 },
  itemStyle: { color: "var(--chart-text)" },
} as const;

/** Mastery levels from lightest to strongest: opacity steps of the accent keep them ordered in both themes. */
export const levelOpacity = [0.35, 0.55, 0.78, 1] as const;
