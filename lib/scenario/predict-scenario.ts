import { predictDesign, type FittedModels } from "../model/design-prediction";
import type { SuccessPrediction } from "../model/prediction";
import type { Scenario } from "./scenario";

/**
 * The predictions a scenario asks for: every architecture at its measured agent count (in data order),
 * then the scenario's architecture at its own count when that differs from the measured one.
 */
export function scenarioPredictions(models: FittedModels, scenario: Scenario): SuccessPrediction[] {
  const task = { tools: scenario.tools, decomposability: scenario.decomposability, capability: scenario.capability, baseline: scenario.baseline };
  const measured = models.architect.measuredAgents;
  const predictions = Object.entries(measured).map(([architecture, agents]) => predictDesign(models, { task, architecture, agents, fit: scenario.fit }));
  if (measured[scenario.architecture] !== scenario.agents) {
    predictions.push(predictDesign(models, { task, architecture: scenario.architecture, agents: scenario.agents, fit: scenario.fit }));
  }
  return predictions;
}
