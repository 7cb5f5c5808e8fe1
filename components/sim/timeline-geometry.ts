/** Pixel geometry of the lab timeline: one home for the rows every part of it draws into. */
export const PAD_X = 10;
export const AXIS_BASELINE = 15;
export const ANOMALY_TOP = 24;
export const ANOMALY_ROW = 22;
export const LANES_TOP = ANOMALY_TOP + ANOMALY_ROW + 6;
/** A lane: the client's name, its operation bars (12 px drawn, 20 px to hover), then two rows of labels. */
export const LANE = {
  name: 13,
  bar: 19,
  barH: 12,
  hitTop: 15,
  hitH: 20,
  label: 47,
  labelRow: 16,
  rows: 2,
  height: 72,
} as const;
/** A bar narrower than this still gets a hit area this wide, centred on it. */
export const MIN_HIT_W = 12;

export const laneTop = (lane: number) => LANES_TOP + lane * LANE.height;
export const plotHeight = (lanes: number) => LANES_TOP + Math.max(1, lanes) * LANE.height;

export interface XScale {
  readonly x: (t: number) => number;
  readonly from: number;
  readonly to: number;
  readonly width: number;
}

export function xScale(from: number, to: number, width: number): XScale {
  const k = (width - 2 * PAD_X) / Math.max(1, to - from);
  return { from, to, width, x: (t) => PAD_X + (t - from) * k };
}
