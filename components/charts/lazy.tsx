"use client";
/**
 * The charts, loaded after the page: recharts is large, so it stays out of the
 * first-load JavaScript. Each placeholder fills the fixed-height ChartBox, and
 * the numbers are already on the page (tables beside each chart).
 */
import dynamic from "next/dynamic";
import { ChartPlaceholder } from "./chart-box";

export const LazyScoreTrendChart = dynamic(() => import("./score-trend-chart").then((m) => m.ScoreTrendChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
export const LazyTrackProgressChart = dynamic(
  () => import("./track-progress-chart").then((m) => m.TrackProgressChart),
  { ssr: false, loading: ChartPlaceholder },
);
export const LazyMasteryLevelsChart = dynamic(
  () => import("./mastery-levels-chart").then((m) => m.MasteryLevelsChart),
  { ssr: false, loading: ChartPlaceholder },
);
