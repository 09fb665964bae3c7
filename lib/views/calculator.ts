import type { Reliability } from "../model/validation/track-record";
import { designGridSteps, type CostedPrediction } from "../scenario/predict-scenario";
import type { Scenario } from "../scenario/scenario";
import { agentsCurves, architectureBars, costDomain, costFloorNote, costSuccessPoints } from "./calculator-charts";
import type { CalculatorCatalog } from "./catalog";
import { designsTable } from "./designs-table";
import { nearestRuns } from "./nearest-runs";
import { evidenceAgreement } from "./evidence-agreement";
import { agentCountAnswer } from "./agent-count";
import { nearestRecord } from "./nearest-record";
import { agentsPoints, architecturePoints, costPointsText } from "./chart-points";
import { architectFor } from "../model/choose/fitted-models";
import { recommendSteps, type Recommendation } from "./recommendation";
import { finish, type Steps } from "../steps";
import { NO_DESIGN } from "../scenario/parameters";
import type { FittedModels } from "../model/choose/fitted-models";

/**
 * Everything the calculator shows for a scenario, computed in the browser on every change: the design
 * grid (every architecture at every agent count, with cost), the recommendation with its held-out
 * record, the three charts' rows and the nearest runs.
 */
export function calculatorView(models: FittedModels, catalog: CalculatorCatalog, reliability: Reliability, scenario: Scenario): CalculatorView {
  return finish(calculatorViewSteps(models, catalog, reliability, scenario));
}

/**
 * calculatorView in steps (lib/steps.ts): the grid one architecture at a time, the decision in four, then
 * the rest; the page runs them in slices so that a link's first figures never hold the main thread long.
 */
export function* calculatorViewSteps(models: FittedModels, catalog: CalculatorCatalog, reliability: Reliability, scenario: Scenario): Steps<CalculatorView> {
  const labels = new Map([
    ...catalog.architectures.map((a) => [a.architecture, a.label] as const),
    ...catalog.evidenceBenchmarks.map((b) => [b.benchmark, b.label] as const),
  ]);
  const grid = yield* designGridSteps(models, scenario);
  const measured = grid.filter((d) => d.measured);
  const recommendation = yield* recommendSteps(models, scenario, labels, measured);
  yield;
  return viewOf(models, catalog, reliability, scenario, labels, grid, measured, recommendation);
}

/** The view from the scenario's grid and recommendation. */
function viewOf(
  models: FittedModels,
  catalog: CalculatorCatalog,
  reliability: Reliability,
  scenario: Scenario,
  labels: ReadonlyMap<string, string>,
  grid: CostedPrediction[],
  measured: CostedPrediction[],
  recommendation: Recommendation,
) {
  const requested = grid.find((d) => d.architecture === scenario.architecture && d.agents === scenario.agents) ?? null;
  const costs = costSuccessPoints(grid, recommendation.design, requested, scenario.frontier === "all");
  // The evidence follows the call: the runs of the multi-agent design the card weighs against the
  // single agent (the recommended one, or with a single-agent call the one likeliest to beat it).
  const weighed = recommendation.kind === "multi" ? recommendation.design : recommendation.contender;
  const evidenceArchitecture = weighed.architecture;
  const recommendedRuns = nearestRuns(catalog, scenario, 5, evidenceArchitecture);
  const ownArchitecture =
    scenario.architecture !== evidenceArchitecture && scenario.architecture !== "single" && scenario.architecture !== NO_DESIGN ? scenario.architecture : null;
  const fittedRuns = scenario.fit === "architect" ? architectFor(models, scenario.evidence).rows : catalog.runs.length;
  const bars = architectureBars(measured, labels, recommendation.design.architecture);
  const costView = { ...costs, domain: costDomain(costs.points, scenario.maxCost), floorNote: costFloorNote(costs.points, scenario.maxCost) };
  return {
    /** Each chart's tooltip lines and the same values as a table. */
    chartText: {
      architectures: architecturePoints(bars),
      agents: agentsPoints(grid, labels, recommendation.design),
      costs: costPointsText(costs.points, labels),
    },
    pilots: scenario.pilots,
    tasksPerDay: scenario.tasksPerDay,
    valuePerSuccess: scenario.valuePerSuccess,
    confidence: scenario.planConfidence,
    fit: scenario.fit,
    measured,
    requested,
    recommendation,
    record: reliability[recommendation.reliabilityKey],
    /** The held-out record on the benchmark most like the task, beside the overall one. */
    nearestRecord: nearestRecord(reliability[recommendation.reliabilityKey].byBenchmark, catalog, scenario),
    bars,
    singleLevel: recommendation.single.successRate,
    agents: agentsCurves(grid, scenario.architecture, labels),
    agentCount: agentCountAnswer(grid, recommendation.design, (a) => labels.get(a) ?? a),
    costs: costView,
    designs: designsTable(
      requested === null || requested.measured ? measured : [...measured, requested],
      catalog,
      recommendation.design,
      scenario,
      recommendation.assessed,
    ),
    nearest: {
      architecture: evidenceArchitecture,
      runs: recommendedRuns,
      agreement: evidenceAgreement(
        recommendedRuns,
        { architecture: evidenceArchitecture, successRate: weighed.successRate, singleRate: recommendation.single.successRate },
        { ...recommendation.task, capability: scenario.capability },
        fittedRuns,
        catalog,
      ),
      /** The user's own architecture's runs, when it is neither the evidence shown nor the single agent. */
      own: ownArchitecture === null ? null : { architecture: ownArchitecture, runs: nearestRuns(catalog, scenario, 5, ownArchitecture) },
    },
  };
}

export type CalculatorView = ReturnType<typeof viewOf>;
