import { modelPrices } from "../model/cost/prices";
import type { Dataset } from "../data/dataset";
import { NO_DESIGN, parameter } from "./parameters";
import type { PilotChoices } from "./pilots";

/** The choices data/ offers for the data-driven parameters. */
export type ScenarioChoices = {
  models: readonly string[];
  architectures: readonly string[];
  measuredAgents: Record<string, number>;
  capabilityOf: Record<string, number>;
  /** Benchmark ids a task may resemble: those with a tool count and measured multi-agent runs. */
  benchmarks: readonly string[];
  priceOf: Record<string, { input: number; output: number; cached: number | null }>;
};

/** Reads the choices of a dataset (`prices`: the models' current prices, when the caller has them). */
export function scenarioChoices(
  dataset: Pick<Dataset, "models" | "architectures" | "prices" | "benchmarkCatalog" | "runs" | "studyRuns">,
  prices = modelPrices(dataset),
): ScenarioChoices {
  const measured = new Set([
    ...dataset.runs.map((r) => r.benchmark),
    ...dataset.studyRuns.filter((r) => r.success_like && r.pairing === "matched").map((r) => r.benchmark),
  ]);
  return {
    models: dataset.models.map((m) => m.model),
    architectures: dataset.architectures.map((a) => a.architecture),
    measuredAgents: Object.fromEntries(dataset.architectures.map((a) => [a.architecture, a.agents])),
    capabilityOf: Object.fromEntries(dataset.models.map((m) => [m.model, m.capability_index])),
    benchmarks: dataset.benchmarkCatalog.filter((b) => b.tools !== null && measured.has(b.benchmark)).map((b) => b.benchmark),
    priceOf: Object.fromEntries(Object.entries(prices).map(([model, p]) => [model, { input: p.input, output: p.output, cached: p.cached }])),
  };
}

/** What validating pilots needs from a scenario's choices. */
export function pilotChoices(choices: ScenarioChoices): PilotChoices {
  return {
    architectures: choices.architectures,
    measuredAgents: choices.measuredAgents,
    agentRange: (a) => agentRange(a, parameter("agents").max),
    models: choices.models,
  };
}

/** Agent counts an architecture can have: single is one agent (and no design of one's own, NO_DESIGN, has one); hybrid needs an orchestrator and two peers. */
export function agentRange(architecture: string, maxAgents: number): [number, number] {
  if (architecture === "single" || architecture === NO_DESIGN) return [1, 1];
  return [architecture === "hybrid" ? 3 : 2, maxAgents];
}
