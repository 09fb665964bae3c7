import type { Dataset } from "../data/dataset";
import { modelPrices, type ModelPrice } from "../model/cost/prices";
import { scenarioChoices, type ScenarioChoices } from "../scenario/choices";
import { paperFitRuns } from "../data/row-sets";

/** What the calculator shows about the stored data: labels, capabilities and the runs for evidence. Plain JSON. */
export type CalculatorCatalog = {
  models: { model: string; label: string; capability: number; coverage: string; price: ModelPrice | null }[];
  architectures: { architecture: string; label: string; agents: number }[];
  benchmarks: { benchmark: string; label: string; tools: number; decomposability: number }[];
  /** The benchmarks a task may resemble (choices.benchmarks), with their tool count and rubric decomposability. */
  evidenceBenchmarks: { benchmark: string; label: string; tools: number; decomposability: number }[];
  /** What each scenario parameter may take (model and architecture ids, measured agents, capabilities). */
  choices: ScenarioChoices;
  /** The paper's 260 v3 runs, the ones the architect's model is fitted to. */
  runs: { benchmark: string; architecture: string; model: string; successRate: number }[];
};

/** The catalog of a dataset. */
export function calculatorCatalog(dataset: Dataset): CalculatorCatalog {
  const prices = modelPrices(dataset);
  const choices = scenarioChoices(dataset, prices);
  const catalog = new Map(dataset.benchmarkCatalog.map((b) => [b.benchmark, b]));
  return {
    models: dataset.models.map((m) => ({
      model: m.model,
      label: m.label,
      capability: m.capability_index,
      coverage: m.runs_coverage,
      price: prices[m.model] ?? null,
    })),
    // Plain words on the calculator: the paper's abbreviation (SAS, single-agent system) is defined on /methodology.
    architectures: dataset.architectures.map((a) => ({ architecture: a.architecture, label: a.label.replace(/ \(SAS\)$/, ""), agents: a.agents })),
    // d as the model reads it: the rubric's rating (data/benchmarks.csv, rubric_d), not the paper's printed value.
    benchmarks: dataset.benchmarks.map((b) => ({
      benchmark: b.benchmark,
      label: b.label,
      tools: b.tools,
      decomposability: catalog.get(b.benchmark)?.rubric_d ?? b.decomposability,
    })),
    evidenceBenchmarks: choices.benchmarks.flatMap((id) => {
      const b = catalog.get(id);
      return b === undefined || b.tools === null ? [] : [{ benchmark: id, label: b.label, tools: b.tools, decomposability: b.rubric_d }];
    }),
    choices,
    runs: paperFitRuns(dataset.runs, "v3").map((r) => ({ benchmark: r.benchmark, architecture: r.architecture, model: r.model, successRate: r.success_rate })),
  };
}
