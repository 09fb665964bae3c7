"use client";

import { memo } from "react";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ChartTable } from "@/components/charts/chart-table";
import { chartPlaceholder, lazyChart } from "@/components/charts/lazy-charts";
import { wholePercent } from "@/lib/format/numbers";
import { counted } from "@/lib/format/words";
import type { Scenario } from "@/lib/scenario/scenario";
import type { CalculatorView } from "@/lib/views/calculator";
import type { CalculatorCatalog } from "@/lib/views/catalog";
import { NearestRunsTable } from "./nearest-runs-table";

// The charts (recharts, about 90 kB) load when a reader scrolls near them, keeping the first load light;
// a placeholder of the same height stands in until then. Memoised: a render that leaves their figures as
// they were does not redraw them.
const IntervalChart = lazyChart(() => import("@/components/charts/interval-chart").then((m) => memo(m.IntervalChart)), chartPlaceholder);
const AgentsChart = lazyChart(() => import("@/components/charts/agents-chart").then((m) => memo(m.AgentsChart)), chartPlaceholder);
const CostChart = lazyChart(() => import("@/components/charts/cost-chart").then((m) => memo(m.CostChart)), chartPlaceholder);

type Props = {
  view: CalculatorView;
  scenario: Scenario;
  catalog: CalculatorCatalog;
  labelOf: (architecture: string) => string;
  /** The frontier checkbox's state, from the form's (urgent) scenario: a tick shows at once. */
  frontierAll: boolean;
  onFrontier: (all: boolean) => void;
};

/**
 * The calculator's charts, their tables, the frontier switch and the nearest measured runs. Memoised on
 * the deferred scenario's view: a slider's own frame never renders them (Calculator).
 */
export const ResultsCharts = memo(function ResultsCharts({ view, scenario, catalog, labelOf, frontierAll, onFrontier }: Props) {
  const bars = view.bars.map((b) => `${b.label} ${wholePercent(b.successRate)} (${wholePercent(b.interval[0])}-${wholePercent(b.interval[1])})`).join("; ");
  return (
    <>
      <h2>Success by architecture</h2>
      <ChartFrame
        testId="chart-architectures"
        summary={`Predicted success at each architecture's measured agent count: ${bars}. Single agent ${wholePercent(view.singleLevel)}.`}
        caption="Predicted success at each architecture's measured agent count (dot) with its 90% interval (whisker); the dashed line is the single agent. The recommended design is drawn larger."
      >
        <IntervalChart bars={view.bars} singleLevel={view.singleLevel} points={view.chartText.architectures.points} />
      </ChartFrame>
      <ChartTable
        first="Architecture"
        columns={view.chartText.architectures.table.columns}
        rows={view.chartText.architectures.table.rows}
        testId="table-architectures"
        label="Success by architecture, as a table"
      />
      <h2>Success by agent count</h2>
      <ChartFrame
        testId="chart-agents"
        summary={`Predicted success from 1 to 16 agents for each multi-agent architecture. Only the measured counts (marked) are data; the dashed stretches are extrapolated by the agent-count rule. Recommended: ${labelOf(view.recommendation.design.architecture)} with ${counted(view.recommendation.design.agents, "agent")}.`}
        caption="Dots: the agent count each architecture was measured with. Dashed: extrapolated by the agent-count rule (see the methodology), with the chosen architecture's 90% band; the solid ring is the recommended design and its count (always a measured one), the dashed ring your design."
      >
        <AgentsChart
          points={view.chartText.agents.points}
          recommended={view.recommendation.design}
          rows={view.agents.rows}
          series={view.agents.series}
          selected={scenario.architecture}
          requestedAgents={scenario.agents}
          singleLevel={view.singleLevel}
        />
      </ChartFrame>
      <ChartTable
        first="Design"
        columns={view.chartText.agents.table.columns}
        rows={view.chartText.agents.table.rows}
        testId="table-agents"
        label="Success by agent count, as a table"
      />
      <h2>Cost and success</h2>
      <ChartFrame
        testId="chart-costs"
        summary={`Success against cost per task for ${view.costs.points.length} designs; the frontier runs through ${view.costs.frontier.length} ${scenario.frontier === "all" ? "designs, extrapolated counts included," : "measured designs"} that no cheaper ${scenario.frontier === "all" ? "" : "measured "}design beats.`}
        caption={`Every design (architecture and agent count) by cost per task and predicted success. Filled, with 90% intervals: measured agent counts; hollow and faint: extrapolated. The solid line is the Pareto frontier (no other design is both cheaper and more successful)${scenario.frontier === "all" ? ", here through extrapolated counts too" : " through measured counts only"}; the ring marks the recommended design, the dashed ring your design; dashed red lines, your budget and floor.`}
      >
        <CostChart
          texts={view.chartText.costs.points}
          points={view.costs.points}
          frontier={view.costs.frontier}
          domain={view.costs.domain}
          maxCost={scenario.maxCost}
          minSuccess={scenario.minSuccess}
          architectures={catalog.architectures}
        />
      </ChartFrame>
      {view.costs.floorNote === null ? null : (
        <p className="hint" data-testid="cost-floor-note">
          {view.costs.floorNote}
        </p>
      )}
      <ChartTable
        first="Design"
        columns={view.chartText.costs.table.columns}
        rows={view.chartText.costs.table.rows}
        testId="table-costs"
        label="Cost and success, as a table"
      />
      <label className="switch-inline">
        <input type="checkbox" data-testid="frontier-all" checked={frontierAll} onChange={(e) => onFrontier(e.target.checked)} /> Let the frontier pass through
        extrapolated agent counts
      </label>
      <h2 data-testid="nearest-heading">
        Nearest measured runs: {labelOf(view.nearest.architecture)} (the{" "}
        {view.recommendation.kind === "multi" ? "recommended design" : "multi-agent design likeliest to beat the recommended single agent"})
      </h2>
      <p className="hint">
        Runs of {labelOf(view.nearest.architecture)} whose benchmark and model are nearest your task, model and baseline, beside each group&apos;s single agent:
        the evidence the call rests on. {view.nearest.agreement.agreeing} of {view.nearest.agreement.total} show the predicted direction (
        {view.nearest.agreement.predictedGap >= 0 ? "multi-agent ahead" : "the single agent ahead"}).
      </p>
      <NearestRunsTable
        runs={view.nearest.runs}
        catalog={catalog}
        testId="nearest-runs"
        label={`Nearest measured runs of ${labelOf(view.nearest.architecture)}`}
      />
      {view.nearest.own === null ? null : (
        <>
          <h3 data-testid="own-nearest-heading">Your design: nearest measured runs of {labelOf(view.nearest.own.architecture)}</h3>
          <p className="hint">The architecture you picked in the form, not the recommended one.</p>
          <NearestRunsTable
            runs={view.nearest.own.runs}
            catalog={catalog}
            testId="own-nearest-runs"
            label={`Your design: nearest measured runs of ${labelOf(view.nearest.own.architecture)}`}
          />
        </>
      )}
    </>
  );
});
