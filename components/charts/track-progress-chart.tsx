"use client";
import { Bar, BarChart, Tooltip, XAxis, YAxis } from "recharts";
import { axisTick, tooltipStyle } from "./chart-theme";

export interface TrackDatum {
  readonly label: string;
  readonly done: number;
  readonly total: number;
}

/** Lessons done per track as horizontal bars: the filled part is done, the pale rest is still to read. */
export function TrackProgressChart({ data, summary }: { data: readonly TrackDatum[]; summary: string }) {
  const rows = data.map((d) => ({ ...d, remaining: d.total - d.done, text: `${d.done}/${d.total}` }));
  const max = Math.max(1, ...data.map((d) => d.total));
  return (
    <BarChart
      data={rows}
      layout="vertical"
      responsive
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
      barCategoryGap="28%"
      title="Lessons per track"
      desc={summary}
      accessibilityLayer
    >
      <XAxis type="number" domain={[0, max]} hide allowDecimals={false} />
      <YAxis
        yAxisId="label"
        type="category"
        dataKey="label"
        tick={axisTick}
        tickLine={false}
        axisLine={false}
        width={120}
      />
      {/* The counts as a second category axis on the right, so a full or empty bar still shows its "2/2". */}
      <YAxis
        yAxisId="count"
        type="category"
        dataKey="text"
        orientation="right"
        tick={axisTick}
        tickLine={false}
        axisLine={false}
        width={40}
      />
      <Tooltip
        {...tooltipStyle}
        cursor={{ fill: "var(--chart-grid)", opacity: 0.5 }}
        formatter={(value, name) => [String(value), name === "done" ? "Completed" : "To read"]}
      />
      <Bar yAxisId="label" dataKey="done" stackId="lessons" fill="var(--chart-accent)" isAnimationActive={false} />
      <Bar yAxisId="label" dataKey="remaining" stackId="lessons" fill="var(--chart-track)" isAnimationActive={false} />
    </BarChart>
  );
}
