"use client";

import { memo, useMemo } from "react";
import { ChartFrame } from "@/components/charts/chart-frame";
import { chartPlaceholder, lazyChart } from "@/components/charts/lazy-charts";
import type { Scenario } from "@/lib/scenario/scenario";
import { planChart, planSentence } from "@/lib/views/plan-text";
import type { PlanState } from "./use-plan";
import { wholePercent } from "@/lib/format/numbers";
import { ParameterField } from "./cost-fields";
import type { ScenarioValues } from "@/lib/scenario/descriptors";
import { countText } from "@/lib/format/words";

const PlanChart = lazyChart(() => import("@/components/charts/plan-chart").then((m) => memo(m.PlanChart)), chartPlaceholder);

type Props = {
  /** The planner's state (usePlan in the calculator, which also words the card's pilot from it). */
  planned: PlanState;
  scenario: Scenario;
  label: (design: string) => string;
  onChange: (patch: ScenarioValues) => void;
};

/**
 * The pilot planner for the decision on screen: the cheapest pilot that makes the call confident enough,
 * or that none is needed, or that none within the pilot budget will settle it; a pilot budget and the
 * confidence target; and the confidence against pilot size for each design it could pilot (and for
 * every multi-agent design at once).
 */
export function PlannerSection({ planned, scenario, label, onChange }: Props) {
  // The planner simulates thousands of pilots in a Web Worker, so sliders and charts never wait for it.
  // The section stays mounted under the paper's fits (the worker and its last plan with it), showing why
  // there is no plan.
  const plan = planned.plan?.plan ?? null;
  // The chart and its summary change only with a new plan, not with every input while the next is computed.
  const chart = useMemo(() => (plan === null ? null : planChart(plan, label)), [plan, label]);
  const summary = useMemo(
    () =>
      chart === null
        ? ""
        : chart.series.map((s) => `${s.label}: ${chart.rows.map((r) => `${r.tasks} tasks ${wholePercent(r[s.key] ?? Number.NaN)}`).join(", ")}`).join("; "),
    [chart],
  );
  if (scenario.fit !== "architect")
    return <p className="hint">The pilot planner fuses pilots with the architect&apos;s model: choose it as the prediction model to plan a pilot.</p>;
  return (
    <section aria-labelledby="planner-heading" className="planner" aria-busy={planned.pending} data-pending={planned.pending ? "true" : undefined}>
      <h2 id="planner-heading">Plan a pilot</h2>
      <p data-testid="plan-sentence" aria-live="polite">
        {planned.failed !== null
          ? `The planner could not plan this scenario: ${planned.failed}.`
          : plan === null
            ? "Planning a pilot…"
            : planSentence(plan, label)}
      </p>
      <div className="planner-budget">
        <ParameterField
          keyName="pilotBudget"
          scenario={scenario}
          onChange={onChange}
          optional
          placeholder="no limit"
          hint="The most the next pilot may cost: plans above it are not chosen."
        />
        <ParameterField
          keyName="planConfidence"
          scenario={scenario}
          onChange={onChange}
          asPercent
          hint="How sure a call must be: without a value per solved task, a multi-agent design must beat the single agent with this chance to be recommended; the planner picks the cheapest pilot after which the call is right with it."
        />
      </div>
      <ChartFrame
        testId="chart-plan"
        summary={
          chart === null
            ? "The planner is simulating pilots."
            : `How sure the call is (the chance it is right) after piloting each design, or every multi-agent design at once, on the given number of tasks (with the single agent on the same tasks where that is sharper), from a simulation of the model combined with your pilots: ${summary}. Target ${wholePercent(chart.target)}.`
        }
        caption={`How sure the call is (the chance it is right, by the recommendation's own rule) after a pilot of each design, or of every multi-agent design on the same tasks, against pilot size; 0 tasks is the call now, the card's figure. The dashed line is the target. Simulated from the model combined with your pilots${plan === null ? "" : ` (${countText(plan.draws)} draws, fixed seed)`}, in the background.`}
      >
        {chart !== null ? <PlanChart rows={chart.rows} series={chart.series} target={chart.target} /> : chartPlaceholder}
      </ChartFrame>
    </section>
  );
}
