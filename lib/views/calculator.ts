import type { FittedModels } from "../model/design-prediction";
import type { Reliability } from "../model/reliability";
import { scenarioPredictions } from "../scenario/predict-scenario";
import type { Scenario } from "../scenario/scenario";
import { agentsCurves, architectureBars } from "./calculator-charts";
import type { CalculatorCatalog } from "./catalog";
import { nearestRuns } from "./nearest-runs";
import { recommend } from "./recommendation";

/**
 * Everything the calculator shows for a scenario, computed in the browser on every change: the
 * predictions, the recommendation with its held-out record, both charts' rows and the nearest runs.
 */
export function calculatorView(models: FittedModels, catalog: CalculatorCatalog, reliability: Reliability, scenario: Scenario) {
  const labels = new Map(catalog.architectures.map((a) => [a.architecture, a.label]));
  const predictions = scenarioPredictions(models, scenario);
  const recommendation = recommend(models, scenario);
  const measured = predictions.filter((p) => p.agents === models.architect.measuredAgents[p.architecture]);
  const requested = predictions.find((p) => p.architecture === scenario.architecture && p.agents === scenario.agents) ?? null;
  return {
    predictions,
    requested,
    recommendation,
    record: reliability[recommendation.reliabilityKey],
    bars: architectureBars(measured, labels, recommendation.design.architecture),
    singleLevel: recommendation.single.successRate,
    agents: agentsCurves(models, scenario, labels),
    nearest: nearestRuns(catalog, scenario),
  };
}

export type CalculatorView = ReturnType<typeof calculatorView>;
