import { designCost, type CostInputs, type DesignCost } from "../model/cost/design-cost";
import { designJoint, designPredictor } from "../model/choose/design-predictor";
import { matchingBenchmarks } from "../model/architect/benchmark-effects";
import type { JointNormal } from "../model/predict/fusion";
import { architectFor } from "../model/choose/fitted-models";
import { AUTO_BENCHMARK, NO_BENCHMARK, NO_DESIGN } from "./parameters";
import type { DesignPredictor } from "../model/architect/architect-predict";
import type { SuccessPrediction } from "../model/predict/prediction";
import { parameter } from "./parameters";
import { type Scenario } from "./scenario";
import { agentRange } from "./choices";
import type { FittedModels } from "../model/choose/fitted-models";
import { finish, type Steps } from "../steps";

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

/**
 * Which stored benchmark's effects a scenario's predictions use. `matched`: the benchmarks the task
 * matches on every task input (tools, and decomposability within the rubric's resolution;
 * matchingBenchmarks), under the architect's model; `like`: the benchmark named in the scenario, or
 * with `like` left at "auto" the one matching benchmark when exactly one matches, else none (null);
 * `auto`: whether `like` came from the match. Eq. 1 uses no benchmark's effects.
 */
export type LikeResolution = { like: string | null; matched: string[]; auto: boolean };

export function resolveLike(models: FittedModels, scenario: Pick<Scenario, "fit" | "evidence" | "like" | "tools" | "decomposability">): LikeResolution {
  const matched = scenario.fit === "architect" ? matchingBenchmarks(architectFor(models, scenario.evidence), scenario) : [];
  if (scenario.like === NO_BENCHMARK) return { like: null, matched, auto: false };
  if (scenario.like !== AUTO_BENCHMARK) return { like: scenario.like, matched, auto: false };
  return { like: matched.length === 1 ? (matched[0] ?? null) : null, matched, auto: true };
}

/** The model's query for a scenario: its task, the model and evidence, the resolved benchmark and its pilots. */
function makeQuery(models: FittedModels, scenario: Scenario) {
  const task = { tools: scenario.tools, decomposability: scenario.decomposability, capability: scenario.capability, baseline: scenario.baseline };
  return { task, fit: scenario.fit, evidence: scenario.evidence, like: resolveLike(models, scenario).like, pilots: scenario.pilots };
}

/** makeQuery, once per scenario and models. */
function scenarioQuery(models: FittedModels, scenario: Scenario) {
  const known = queries.get(scenario);
  if (known !== undefined && known.models === models) return known.query;
  const query = makeQuery(models, scenario);
  queries.set(scenario, { models, query });
  return query;
}

/**
 * Each scenario's query, made once (a scenario is never changed once parsed): its predictor and its joint
 * distribution then hand the model the same task, and the model fuses its pilots once (architectPosterior).
 */
const queries = new WeakMap<Scenario, { models: FittedModels; query: ReturnType<typeof makeQuery> }>();

/** The scenario's predictions design by design, sharing what every design of its task shares (designPredictor). */
export function scenarioPredictor(models: FittedModels, scenario: Scenario): DesignPredictor {
  return designPredictor(models, scenarioQuery(models, scenario));
}

/** The joint predictive distribution of the success of `architectures` at their measured counts (designJoint): what the decision's chances come from. */
export function scenarioJoint(models: FittedModels, scenario: Scenario, architectures: readonly string[]): JointNormal {
  return designJoint(models, scenarioQuery(models, scenario), architectures);
}

/** One design's prediction with its cost; `predict` reuses a scenarioPredictor across designs. */
export function costedDesign(
  models: FittedModels,
  scenario: Scenario,
  architecture: string,
  agents: number,
  predict: DesignPredictor = scenarioPredictor(models, scenario),
): CostedPrediction {
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
  return finish(designGridSteps(models, scenario));
}

/** designGrid in steps (lib/steps.ts): the scenario's predictor, then one architecture's designs a step. */
export function* designGridSteps(models: FittedModels, scenario: Scenario): Steps<CostedPrediction[]> {
  const maxAgents = parameter("agents").max;
  const predict = scenarioPredictor(models, scenario);
  const grid: CostedPrediction[] = [];
  for (const architecture of Object.keys(models.architect.measuredAgents)) {
    yield;
    const [low, high] = agentRange(architecture, maxAgents);
    for (let agents = low; agents <= high; agents++) grid.push(costedDesign(models, scenario, architecture, agents, predict));
  }
  return grid;
}

/** Every architecture at its measured agent count, in data order: the designs a recommendation chooses from. */
export function measuredCostedDesigns(models: FittedModels, scenario: Scenario): CostedPrediction[] {
  const predict = scenarioPredictor(models, scenario);
  return Object.entries(models.architect.measuredAgents).map(([architecture, agents]) => costedDesign(models, scenario, architecture, agents, predict));
}

/**
 * The predictions a scenario asks for: every architecture at its measured agent count (in data order),
 * then the user's own design at its own count when that differs from the measured one (none without one).
 */
export function scenarioPredictions(models: FittedModels, scenario: Scenario): CostedPrediction[] {
  const measured = models.architect.measuredAgents;
  const predict = scenarioPredictor(models, scenario);
  const predictions = Object.entries(measured).map(([architecture, agents]) => costedDesign(models, scenario, architecture, agents, predict));
  if (scenario.architecture !== NO_DESIGN && measured[scenario.architecture] !== scenario.agents)
    predictions.push(costedDesign(models, scenario, scenario.architecture, scenario.agents, predict));
  return predictions;
}
