"use client";

import { lazy, Suspense, type JSX } from "react";
import type { AgentRuleChart } from "./agent-rule-chart";
import type { CalibrationChart } from "./calibration-chart";
import type { PredictedVsMeasuredChart } from "./predicted-vs-measured-chart";
import { WhenVisible } from "./when-visible";

/**
 * A chart of a server-rendered page whose code (recharts) loads when a reader scrolls near it: the page's
 * HTML carries the chart's text (its summary and caption, in ChartFrame) and an empty block of the chart's
 * height instead, so the first load runs no chart code.
 */
function lazyChart<P extends object>(load: () => Promise<(props: P) => JSX.Element>, height: number) {
  const Chart = lazy(async () => ({ default: await load() }));
  const placeholder = <div className="chart-placeholder" style={{ height }} aria-hidden="true" />;
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

export const LazyPredictedVsMeasuredChart = lazyChart<Parameters<typeof PredictedVsMeasuredChart>[0]>(() => import("./predicted-vs-measured-chart").then((m) => m.PredictedVsMeasuredChart), 420);
export const LazyCalibrationChart = lazyChart<Parameters<typeof CalibrationChart>[0]>(() => import("./calibration-chart").then((m) => m.CalibrationChart), 440);
export const LazyAgentRuleChart = lazyChart<Parameters<typeof AgentRuleChart>[0]>(() => import("./agent-rule-chart").then((m) => m.AgentRuleChart), 360);
