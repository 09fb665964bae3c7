import type { Reliability } from "../model/validation/track-record";
import { designGrid } from "../scenario/predict-scenario";
import type { Scenario } from "../scenario/scenario";
import { agentsCurves, architectureBars, costDomain, costFloorNote, costSuccessPoints } from "./calculator-charts";
import type { CalculatorCatalog } from "./catalog";
import { designsTable } from "./designs-table";
import { nearestRuns } from "./nearest-runs";
import { recommend } from "./recommendation";
import type { FittedModels } from "../model/predict/fitted-models";

/**
 * Everything the calculator shows for a scenario, computed in the browser on every change: the design
 * grid (every architecture at every agent count, with cost), the recommendation with its held-out
 * record, the three charts' rows and the nearest runs.
 */
export function calculatorView(models: FittedModels, catalog: CalculatorCatalog, reliability: Reliability, scenario: Scenario) {
  const labels = new Map([...catalog.architectures.map((a) => [a.architecture, a.label] as const), ...catalog.evidenceBenchmarks.map((b) => [b.benchmark, b.label] as const)]);
  const grid = designGrid(models, scenario);
  const measured = grid.filter((d) => d.measured);
  const recommendation = recommend(models, scenario, labels, measured);
  const requested = grid.find((d) => d.architecture === scenario.architecture && d.agents === scenario.agents) ?? null;
  const costs = costSuccessPoints(grid, recommendation.design, requested);
  return {
    pilots: scenario.pilots,
    fit: scenario.fit,
    measured,
    requested,
    recommendation,
    record: reliability[recommendation.reliabilityKey],
    bars: architectureBars(measured, labels, recommendation.design.architecture),
    singleLevel: recommendation.single.successRate,
    agents: agentsCurves(grid, scenario.architecture, labels),
    costs: { ...costs, domain: costDomain(costs.points, scenario.maxCost), floorNote: costFloorNote(costs.points, scenario.maxCost) },
    designs: designsTable(requested === null || requested.measured ? measured : [...measured, requested], catalog, recommendation.design),
    nearest: nearestRuns(catalog, scenario),
  };
}

export type CalculatorView = ReturnType<typeof calculatorView>;
