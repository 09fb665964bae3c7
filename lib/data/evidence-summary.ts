import type { Dataset } from "./dataset";
import { cellKey } from "./study-checks";
import { isMultiAgent, KIM_STUDY, type StudyArchitecture } from "./study-schemas";

/** One multi-agent design of a matched cell: its printed method, architecture label, agents and success. */
export type MatchedDesign = { method: string; architecture: StudyArchitecture; agents: number | null; successRate: number };

/**
 * A matched success-rate cell: one study's single-agent baseline and at least one multi-agent run on
 * the same benchmark and model, measured with a success-like metric.
 */
export type MatchedCell = { study: string; benchmark: string; model: string; baseline: number; designs: MatchedDesign[] };

/** Kim et al.'s cells from runs.csv: the single run of each (benchmark, model) and its multi-agent runs. */
function kimCells(dataset: Pick<Dataset, "runs" | "architectures">): MatchedCell[] {
  const agentsOf = new Map(dataset.architectures.map((a) => [a.architecture, a.agents]));
  const cells = new Map<string, MatchedCell>();
  for (const run of dataset.runs) {
    if (run.architecture !== "single") continue;
    cells.set(`${run.benchmark}/${run.model}`, { study: KIM_STUDY, benchmark: run.benchmark, model: run.model, baseline: run.success_rate, designs: [] });
  }
  for (const run of dataset.runs) {
    const cell = cells.get(`${run.benchmark}/${run.model}`);
    if (run.architecture === "single" || cell === undefined) continue;
    const architecture = run.architecture === "independent" || run.architecture === "centralized" || run.architecture === "decentralized" || run.architecture === "hybrid" ? run.architecture : "other";
    cell.designs.push({ method: run.architecture, architecture, agents: agentsOf.get(run.architecture) ?? null, successRate: run.success_rate });
  }
  return [...cells.values()].filter((c) => c.designs.length > 0);
}

/**
 * Every matched success-rate cell of the evidence: Kim et al.'s (runs.csv) and the other studies'
 * (study-runs.csv rows paired as baseline and matched, success-like metrics, multi-agent designs
 * only; self-refinement is not a multi-agent design).
 *
 * @example matchedSuccessCells(loadDataset()).filter((c) => c.study === "kim-2512.08296").length // 54
 */
export function matchedSuccessCells(dataset: Pick<Dataset, "runs" | "architectures" | "studyRuns">): MatchedCell[] {
  const cells = new Map<string, MatchedCell>();
  for (const run of dataset.studyRuns) {
    if (run.pairing !== "baseline" || !run.success_like) continue;
    cells.set(cellKey(run), { study: run.study, benchmark: run.benchmark, model: run.model, baseline: run.value, designs: [] });
  }
  for (const run of dataset.studyRuns) {
    const cell = cells.get(cellKey(run));
    if (run.pairing !== "matched" || !isMultiAgent(run.architecture) || cell === undefined) continue;
    cell.designs.push({ method: run.method, architecture: run.architecture, agents: run.agents, successRate: run.value });
  }
  return [...kimCells(dataset), ...[...cells.values()].filter((c) => c.designs.length > 0)];
}

const countBy = (keys: readonly string[]) => {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
};

/** Per study: its multi-agent designs (method + architecture), how many ran with more than one agent count, and the counts per architecture. */
export type AgentCountVariation = { designs: number; designsVaryingAgents: number; agentsByArchitecture: Record<string, number[]> };

/**
 * What the evidence holds, for the methodology page and check-data: studies, matched success-rate
 * cells per study and per benchmark, and per study whether any design varies its agent count.
 *
 * @example evidenceSummary(loadDataset()).studies // 11
 */
export function evidenceSummary(dataset: Pick<Dataset, "runs" | "architectures" | "studyRuns" | "studies">) {
  const cells = matchedSuccessCells(dataset);
  const variation: Record<string, AgentCountVariation> = {};
  for (const study of dataset.studies.map((s) => s.study)) {
    const designs = new Map<string, Set<number>>();
    const byArchitecture: Record<string, Set<number>> = {};
    for (const design of cells.filter((c) => c.study === study).flatMap((c) => c.designs)) {
      const counts = designs.get(`${design.method}/${design.architecture}`) ?? new Set<number>();
      designs.set(`${design.method}/${design.architecture}`, counts);
      const perArchitecture = (byArchitecture[design.architecture] ??= new Set<number>());
      if (design.agents === null) continue;
      counts.add(design.agents);
      perArchitecture.add(design.agents);
    }
    variation[study] = {
      designs: designs.size,
      designsVaryingAgents: [...designs.values()].filter((counts) => counts.size > 1).length,
      agentsByArchitecture: Object.fromEntries(Object.entries(byArchitecture).map(([a, s]) => [a, [...s].sort((x, y) => x - y)])),
    };
  }
  return {
    studies: dataset.studies.length,
    matchedCells: cells.length,
    benchmarksWithMatchedCells: [...new Set(cells.map((c) => c.benchmark))].sort(),
    cellsByStudy: countBy(cells.map((c) => c.study)),
    cellsByBenchmark: countBy(cells.map((c) => c.benchmark)),
    agentCountVariation: variation,
  };
}
