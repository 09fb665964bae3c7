"use client";

import { lazy, Suspense, type ComponentType, type ReactNode } from "react";
import type { AgentRuleChart } from "./agent-rule-chart";
import type { CalibrationChart } from "./calibration-chart";
import type { PredictedVsMeasuredChart } from "./predicted-vs-measured-chart";
import { WhenVisible } from "./when-visible";

/**
 * A chart whose code (recharts) loads when a reader scrolls near it (or the page asks every chart to draw:
 * print, an export): the page carries the chart's text (its summary and caption, in ChartFrame) and
 * `placeholder`, a block of the chart's height, until then, so the first load runs no chart code. The one
 * home of the lazy-chart block: /methodology's charts, the calculator's and the planner's.
 */
export function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>, placeholder: ReactNode) {
  const Chart = lazy(async () => ({ default: await load() }));
  function LazyChart(props: P) {
    return (
      <WhenVisible placeholder={placeholder}>
        <Suspense fallback={placeholder}>
          <Chart {...props} />
        </Suspense>
      </WhenVisible>
    );
  }
  return LazyChart;
}

/** The block a calculator chart stands in until it is drawn (its height from CSS). */
export const chartPlaceholder = <div className="chart-placeholder" aria-hidden="true" />;

/** An empty block of a chart's height, where the chart will be. */
const heightPlaceholder = (height: number) => <div className="chart-placeholder" style={{ height }} aria-hidden="true" />;

export const LazyPredictedVsMeasuredChart = lazyChart<Parameters<typeof PredictedVsMeasuredChart>[0]>(
  () => import("./predicted-vs-measured-chart").then((m) => m.PredictedVsMeasuredChart),
  heightPlaceholder(420),
);
export const LazyCalibrationChart = lazyChart<Parameters<typeof CalibrationChart>[0]>(
  () => import("./calibration-chart").then((m) => m.CalibrationChart),
  heightPlaceholder(440),
);
export const LazyAgentRuleChart = lazyChart<Parameters<typeof AgentRuleChart>[0]>(
  () => import("./agent-rule-chart").then((m) => m.AgentRuleChart),
  heightPlaceholder(360),
);
