"use client";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { axisTick, tooltipStyle } from "./chart-theme";

export interface ScoreTrendDatum {
  readonly id: string;
  /** Short date for the axis. */
  readonly label: string;
  readonly title: string;
  readonly percent: number;
}

/**
 * Quiz scores as percentages over time, oldest on the left. Arrow keys step through the points (accessibility layer).
 */
export function ScoreTrendChart({ data, summary }: { data: readonly ScoreTrendDatum[]; summary: string }) {
  return (
    <LineChart
      data={[...data]}
      responsive
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
      title="Quiz score trend"
      desc={summary}
      accessibilityLayer
    >
      <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
      <XAxis
        dataKey="label"
        tick={axisTick}
        tickLine={false}
        axisLine={{ stroke: "var(--chart-grid)" }}
        interval="preserveStartEnd"
        minTickGap={16}
      />
      <YAxis
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        tick={axisTick}
        tickLine={false}
        axisLine={false}
        unit="%"
        width={48}
      />
      <Tooltip
        {...tooltipStyle}
        cursor={{ stroke: "var(--chart-grid)" }}
        formatter={(value) => [`${String(value)}%`, "Score"]}
        labelFormatter={(_label, payload) => {
          const datum = payload[0]?.payload as ScoreTrendDatum | undefined;
          return datum ? `${datum.title} · ${datum.label}` : "";
        }}
      />
      <Line
        type="monotone"
        dataKey="percent"
        name="Score"
        stroke="var(--chart-accent)"
        strokeWidth={2}
        dot={{ r: 3, fill: "var(--chart-accent)" }}
        activeDot={{ r: 5 }}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
