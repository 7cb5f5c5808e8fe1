import type { Anomaly } from "@/lib/lab/anomalies";
import { LANE, laneTop, type XScale } from "./timeline-geometry";
import type { OpMark } from "./timeline-ops";

const secs = (t: number) => `${(t / 1000).toFixed(3)} s`;
const WIDTH = 272;

/** What a hovered or focused bar means: client, operation and result, timing, and the anomalies it is part of. */
export function TimelineTooltip({
  mark,
  client,
  anomalies,
  scale,
}: {
  mark: OpMark;
  client: string;
  anomalies: readonly Anomaly[];
  scale: XScale;
}) {
  const { op } = mark;
  const left = Math.min(Math.max(scale.x(op.invokedAt) - 16, 0), Math.max(0, scale.width - WIDTH));
  const took =
    op.completedAt === null
      ? "no answer yet"
      : `answered at ${secs(op.completedAt)} (${Math.round(op.completedAt - op.invokedAt)} ms)`;
  return (
    <div
      id="timeline-tooltip"
      role="tooltip"
      style={{ left, top: laneTop(mark.lane) + LANE.hitTop + LANE.hitH + 2, width: WIDTH }}
      className="pointer-events-none absolute z-10 rounded-md border border-slate-300 bg-white p-2 text-[13px] leading-5 shadow-lg dark:border-slate-600 dark:bg-slate-800"
    >
      <p className="font-semibold">{client}</p>
      <p>{mark.text}</p>
      <p className="text-slate-600 dark:text-slate-300">
        Sent at {secs(op.invokedAt)}, {took}
      </p>
      {anomalies.map((a) => (
        <p key={a.id} className="font-semibold text-red-700 dark:text-red-300">
          ⚠ {a.title}
        </p>
      ))}
    </div>
  );
}
