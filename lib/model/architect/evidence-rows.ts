import type { Dataset } from "../../data/dataset";
import { paperFitRuns } from "../../data/row-sets";
import type { Run } from "../../data/schemas";
import { cellKey } from "../../data/study-checks";
import { KIM_STUDY, type STUDY_KINDS } from "../../data/study-schemas";

import type { EvidenceChoice } from "./evidence-choice";

type StudyKind = (typeof STUDY_KINDS)[number];

/** The architectures the calculator offers, the only ones a success-rate fit learns from. */
export const MODELLED_ARCHITECTURES = ["single", "independent", "centralized", "decentralized", "hybrid"] as const;
const modelled = new Set<string>(MODELLED_ARCHITECTURES);

/**
 * One measured success rate of the evidence, as the architect's model learns from it: which study,
 * benchmark and model; the task's properties (tools T, rubric decomposability d, the model's capability
 * where a source gives one); the design; the matched single-agent success P of the same study,
 * benchmark and model (the pilot an architect would run); and the measured success.
 */
export type EvidenceRow = {
  study: string;
  kind: StudyKind;
  benchmark: string;
  model: string;
  architecture: string;
  /** Agents as printed; null when the source does not say (the fit pools designs of any count). */
  agents: number | null;
  /** The printed method name (Kim et al.'s rows: the architecture). */
  method: string;
  tools: number;
  decomposability: number;
  capability: number | null;
  baseline: number;
  successRate: number;
  /** Tasks the rate was measured on, where printed. */
  tasks: number | null;
  /** The Kim et al. run behind the row (null for other studies). */
  run: Run | null;
};

type EvidenceData = Pick<Dataset, "runs" | "architectures" | "benchmarkCatalog" | "modelCatalog" | "studies" | "studyRuns">;

function lookups(dataset: EvidenceData) {
  const benchmarks = new Map(dataset.benchmarkCatalog.map((b) => [b.benchmark, b]));
  const capability = new Map(dataset.modelCatalog.map((m) => [m.model, m.capability_index]));
  const kinds = new Map(dataset.studies.map((s) => [s.study, s.kind]));
  /** The task's T and rubric d; null when the source prints no tool count (such cells cannot enter a fit). */
  const task = (benchmark: string) => {
    const b = benchmarks.get(benchmark);
    if (b === undefined) throw new Error(`benchmark ${benchmark} is not in the benchmark catalog`);
    return b.tools === null ? null : { tools: b.tools, decomposability: b.rubric_d };
  };
  const kindOf = (study: string) => {
    const kind = kinds.get(study);
    if (kind === undefined) throw new Error(`study ${study} is not in studies.csv`);
    return kind;
  };
  return { task, capabilityOf: (model: string) => capability.get(model) ?? null, kindOf };
}

/**
 * Kim et al.'s runs as evidence rows: P is the single-agent run of the same (benchmark, model) in
 * `groupRuns` (default `runs`); tools and d come from the benchmark catalog (d: the rubric rating).
 */
export function kimEvidence(runs: readonly Run[], dataset: EvidenceData, groupRuns: readonly Run[] = runs): EvidenceRow[] {
  const { task, capabilityOf, kindOf } = lookups(dataset);
  const agentsOf = new Map(dataset.architectures.map((a) => [a.architecture, a.agents]));
  const single = new Map(groupRuns.filter((r) => r.architecture === "single").map((r) => [`${r.benchmark}/${r.model}`, r.success_rate]));
  return runs.map((run) => {
    const baseline = single.get(`${run.benchmark}/${run.model}`);
    const agents = agentsOf.get(run.architecture);
    const properties = task(run.benchmark);
    if (baseline === undefined || agents === undefined || properties === null)
      throw new Error(`run ${run.benchmark}/${run.architecture}/${run.model} lacks an architecture, a tool count or a single-agent run`);
    return {
      study: KIM_STUDY,
      kind: kindOf(KIM_STUDY),
      benchmark: run.benchmark,
      model: run.model,
      architecture: run.architecture,
      agents,
      method: run.architecture,
      ...properties,
      capability: capabilityOf(run.model),
      baseline,
      successRate: run.success_rate,
      tasks: run.tasks,
      run,
    };
  });
}

/**
 * The other studies' matched success-rate cells as evidence rows: each study's single-agent baseline
 * (its P) and the multi-agent designs of the calculator's four architectures measured on the same
 * benchmark and model with the same success-like metric. Unmatched rows, other metrics, other
 * architectures (searched workflows, pipelines, latent or self-refining agents) and benchmarks with no
 * printed tool count are not used; a design whose agent count is not printed is kept (agents null).
 */
export function otherStudiesEvidence(dataset: EvidenceData): EvidenceRow[] {
  const { task, capabilityOf, kindOf } = lookups(dataset);
  const usable = dataset.studyRuns.filter((r) => r.study !== KIM_STUDY && r.success_like && modelled.has(r.architecture));
  const baselines = new Map(usable.filter((r) => r.pairing === "baseline").map((r) => [cellKey(r), r]));
  const rows = usable.flatMap((r) => {
    const base = baselines.get(cellKey(r));
    const properties = task(r.benchmark);
    const agents = r.agents ?? (r.architecture === "single" ? 1 : null);
    if (base === undefined || properties === null || (r.pairing !== "baseline" && r.pairing !== "matched")) return [];
    return [
      {
        study: r.study,
        kind: kindOf(r.study),
        benchmark: r.benchmark,
        model: r.model,
        architecture: r.architecture,
        agents,
        method: r.method,
        ...properties,
        capability: capabilityOf(r.model),
        baseline: base.value,
        successRate: r.value,
        tasks: r.tasks,
        run: null,
      },
    ];
  });
  // A single agent enters only with a multi-agent design of its cell beside it.
  const withDesigns = new Set(rows.filter((r) => r.architecture !== "single").map((r) => `${r.study}/${r.benchmark}/${r.model}`));
  return rows.filter((r) => withDesigns.has(`${r.study}/${r.benchmark}/${r.model}`));
}

/** Whether a study may enter a fit under an evidence choice. */
export function admits(choice: EvidenceChoice, row: Pick<EvidenceRow, "study" | "kind">): boolean {
  return choice === "all" || (choice === "evaluations" ? row.kind === "evaluation" : row.study === KIM_STUDY);
}

/**
 * The evidence a fit learns from under a choice: Kim et al.'s 260 runs of the paper's v3 fit and,
 * unless the choice is "kim", the other studies' matched cells it admits.
 */
export function evidenceRows(dataset: EvidenceData, choice: EvidenceChoice): EvidenceRow[] {
  return [...kimEvidence(paperFitRuns(dataset.runs, "v3"), dataset), ...otherStudiesEvidence(dataset).filter((r) => admits(choice, r))];
}

/** Each architecture's measured agent count in Kim et al.'s runs, e.g. { single: 1, centralized: 4, ... }. */
export function measuredAgentsOf(dataset: Pick<Dataset, "architectures">): Record<string, number> {
  return Object.fromEntries(dataset.architectures.map((a) => [a.architecture, a.agents]));
}
