import { designCost, type CostInputs, type DesignCost } from "../model/cost/design-cost";
import { designPredictor } from "../model/predict/design";
import type { DesignPredictor } from "../model/architect/predict";
import type { SuccessPrediction } from "../model/predict/prediction";
import { parameter } from "./parameters";
import { agentRange, type Scenario } from "./scenario";
import type { FittedModels } from "../model/predict/fitted-models";

/** A design's success prediction with its cost: what every table, chart and the CLI show. */
export type CostedPrediction = SuccessPrediction & { cost: DesignCost; measured: boolean };

/** The cost model's inputs of a scenario. */
export function costInputs(scenario: Scenario): CostInputs {
  return {
    singleAgentTurns: scenario.sasTurns,
    inputTokensPerTurn: scenario.inputTokensPerTurn,
    outputTokensPerTurn: scenario.outputTokensPerTurn,
    cacheHitRate: scenario.cacheHitRate,
    secondsPerTurn: scenario.secondsPerTurn,
    price: { input: scenario.priceInput, output: scenario.priceOutput, cached: scenario.priceCached },
  };
}

/** The scenario's predictions design by design, sharing what every design of its task shares (designPredictor). */
export function scenarioPredictor(models: FittedModels, scenario: Scenario): DesignPredictor {
  const task = { tools: scenario.tools, decomposability: scenario.decomposability, capability: scenario.capability, baseline: scenario.baseline };
  return designPredictor(models, { task, fit: scenario.fit, evidence: scenario.evidence, like: scenario.like, pilots: scenario.pilots });
}

/** One design's prediction with its cost; `predict` reuses a scenarioPredictor across designs. */
export function costedDesign(models: FittedModels, scenario: Scenario, architecture: string, agents: number, predict: DesignPredictor = scenarioPredictor(models, scenario)): CostedPrediction {
  const prediction = predict(architecture, agents);
  const a = models.costArchitectures[architecture];
  if (a === undefined) throw new RangeError(`no cost data for "${architecture}"`);
  const piloted = scenario.pilots.find((p) => p.architecture === architecture && p.agents === agents);
  return { ...prediction, cost: designCost(a, agents, prediction.successRate, costInputs(scenario), piloted?.measured), measured: agents === a.agents };
}

/**
 * Every design a scenario can build: each architecture at every agent count it allows (1-16), in data
 * order, each with success, interval, extrapolation flags and cost. The charts, the frontier and the
 * recommendation all read from this one grid.
 */
export function designGrid(models: FittedModels, scenario: Scenario): CostedPrediction[] {
  const maxAgents = parameter("agents").max;
  const predict = scenarioPredictor(models, scenario);
  return Object.keys(models.architect.measuredAgents).flatMap((architecture) => {
    const [low, high] = agentRange(architecture, maxAgents);
    return Array.from({ length: high - low + 1 }, (_, i) => costedDesign(models, scenario, architecture, low + i, predict));
  });
}

/** Every architecture at its measured agent count, in data order: the designs a recommendation chooses from. */
export function measuredCostedDesigns(models: FittedModels, scenario: Scenario): CostedPrediction[] {
  const predict = scenarioPredictor(models, scenario);
  return Object.entries(models.architect.measuredAgents).map(([architecture, agents]) => costedDesign(models, scenario, architecture, agents, predict));
}

/**
 * The predictions a scenario asks for: every architecture at its measured agent count (in data order),
 * then the scenario's architecture at its own count when that differs from the measured one.
 */
export function scenarioPredictions(models: FittedModels, scenario: Scenario): CostedPrediction[] {
  const measured = models.architect.measuredAgents;
  const predict = scenarioPredictor(models, scenario);
  const predictions = Object.entries(measured).map(([architecture, agents]) => costedDesign(models, scenario, architecture, agents, predict));
  if (measured[scenario.architecture] !== scenario.agents) predictions.push(costedDesign(models, scenario, scenario.architecture, scenario.agents, predict));
  return predictions;
}
