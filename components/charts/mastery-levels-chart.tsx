"use client";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { axisTick, levelOpacity, tooltipStyle } from "./chart-theme";

export interface LevelDatum {
  readonly label: string;
  readonly count: number;
}

/** How many concepts sit at each mastery level, weakest to strongest (one bar per level, darker = stronger). */
export function MasteryLevelsChart({ data, summary }: { data: readonly LevelDatum[]; summary: string }) {
  return (
    <BarChart
      data={[...data]}
      responsive
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 18, right: 8, bottom: 0, left: -8 }}
      title="Concepts per mastery level"
      desc={summary}
      accessibilityLayer
    >
      <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
      <XAxis dataKey="label" tick={axisTick} tickLine={false} axisLine={{ stroke: "var(--chart-grid)" }} />
      <YAxis allowDecimals={false} tick={axisTick} tickLine={false} axisLine={false} width={40} />
      <Tooltip
        {...tooltipStyle}
        cursor={{ fill: "var(--chart-grid)", opacity: 0.5 }}
        formatter={(value) => [String(value), "Concepts"]}
      />
      <Bar dataKey="count" name="Concepts" radius={[4, 4, 0, 0]} isAnimationActive={false}>
        {data.map((d, i) => (
          <Cell key={d.label} fill="var(--chart-accent)" fillOpacity={levelOpacity[i] ?? 1} />
        ))}
        <LabelList dataKey="count" position="top" fill="var(--chart-text)" fontSize={12} />
      </Bar>
    </BarChart>
  );
}
