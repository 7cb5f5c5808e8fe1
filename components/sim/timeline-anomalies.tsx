import type { Anomaly } from "@/lib/lab/anomalies";
import { clusterByX, labelWidth, type PlacedLabel } from "@/lib/lab/timeline-layout";
import { anomalyGroupText } from "@/lib/lab/timeline-text";
import { ANOMALY_ROW, ANOMALY_TOP, type XScale } from "./timeline-geometry";
import { measuredTextWidth } from "./text-width";

const MARK = 16;
/** Anomalies closer than the widest chip ("999 anomalies") share one, so no marker ever lands on another's words. */
const CHIP_SPAN = MARK + labelWidth("999 anomalies") + 6;

export interface AnomalyGroup {
  readonly id: string;
  readonly members: readonly Anomaly[];
  readonly chip: string;
  readonly summary: string;
}

/** Anomalies in view, folded into groups a chip wide, and where each group's chip wants to sit. */
export function anomalyGroups(anomalies: readonly Anomaly[], scale: XScale) {
  const inView = anomalies.filter((a) => a.at >= scale.from && a.at <= scale.to);
  const groups: AnomalyGroup[] = clusterByX(inView, (a) => scale.x(a.at), CHIP_SPAN).map((members) => ({
    id: members[0]?.id ?? "",
    members,
    ...anomalyGroupText(members),
  }));
  const requests = groups.map((g) => ({
    id: g.id,
    lane: 0,
    x: scale.x(g.members[0]?.at ?? 0) - MARK / 2,
    width: MARK + labelWidth(g.chip, measuredTextWidth(g.chip, 600)),
    priority: g.members.some((a) => a.kind === "two-leaders") ? 1 : 0,
  }));
  return { groups, requests };
}

interface Props {
  readonly anomalies: readonly Anomaly[];
  readonly groups: readonly AnomalyGroup[];
  readonly chips: ReadonlyMap<string, PlacedLabel<string>>;
  readonly scale: XScale;
  readonly now: number;
  readonly height: number;
  readonly selected: string | null;
  readonly onSelect: (a: Anomaly) => void;
}

/**
 * Split-brain bands behind the lanes and a marker per group of anomalies, named when there is room (else in its
 * tooltip).
 */
export function TimelineAnomalies({ anomalies, groups, chips, scale, now, height, selected, onSelect }: Props) {
  return (
    <g>
      {anomalies
        .filter((a) => a.kind === "two-leaders" && (a.end ?? Math.max(now, a.at)) >= scale.from && a.at <= scale.to)
        .map((a) => {
          const x1 = Math.max(scale.x(a.at), 0);
          const x2 = Math.min(scale.x(a.end ?? Math.max(now, a.at)), scale.width);
          return (
            <rect
              key={`band-${a.id}`}
              data-band="two-leaders"
              x={x1}
              y={ANOMALY_TOP}
              width={Math.max(2, x2 - x1)}
              height={height - ANOMALY_TOP}
              className="pointer-events-none fill-red-500/10 stroke-red-500/50"
              strokeDasharray="4 3"
              opacity={a.at > now ? 0.4 : 1}
            />
          );
        })}
      {groups.map((g) => {
        const first = g.members[0];
        if (!first) return null;
        const chip = chips.get(g.id);
        const later = first.at > now;
        const x = chip ? chip.x : scale.x(first.at) - MARK / 2;
        const picked = g.members.some((a) => a.id === selected);
        const title = `${g.summary} from ${(first.at / 1000).toFixed(3)} s${later ? " (later on this branch)" : ""}`;
        const pick = () => onSelect(g.members.find((a) => a.id !== selected) ?? first);
        return (
          // The anomaly list below is the keyboard and screen-reader way to the same explanations; these chips are for
          // the pointer.
          <g key={g.id} className="cursor-pointer" opacity={later ? 0.45 : 1} onClick={pick} data-anomaly-chip>
            <title>{title}</title>
            <rect
              x={x}
              y={ANOMALY_TOP}
              width={chip ? chip.width : MARK}
              height={ANOMALY_ROW}
              rx={4}
              className={
                picked
                  ? "fill-red-100 stroke-red-700 dark:fill-red-950"
                  : "fill-white/80 stroke-transparent dark:fill-slate-900/80"
              }
            />
            <path
              d={`M${x + MARK / 2} ${ANOMALY_TOP + 4} l7 13 h-14 Z`}
              className={g.members.every((a) => a.kind === "stale-read") ? "fill-amber-500" : "fill-red-600"}
            />
            {chip ? (
              <text
                x={x + MARK + 4}
                y={ANOMALY_TOP + 15}
                className="fill-red-800 font-mono text-[12px] font-semibold dark:fill-red-200"
                data-label
              >
                {g.chip}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}
