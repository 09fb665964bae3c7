import type { Dataset } from "../../data/dataset";
import type { Run } from "../../data/schemas";
import { evidenceRows, kimEvidence, type EvidenceRow } from "./evidence-rows";
import { type EvidenceChoice } from "./evidence-choice";
import type { ArchitectTask } from "./features";

/** A measured success rate as the architect's model learns from it: the task, the design, where it was measured. */
export type ArchitectExample = {
  study: string;
  kind: EvidenceRow["kind"];
  model: string;
  task: ArchitectTask;
  architecture: string;
  /** Agents as measured; null when the source does not print the count. */
  agents: number | null;
  /** Benchmark the run came from: lets a fit learn (and a prediction use) that benchmark's own effect. */
  benchmark: string;
  successRate: number;
  /** The Kim et al. run behind the example (null for other studies). */
  run: Run | null;
};

/** An evidence row as an example; `domainComplexity` only for Kim et al.'s benchmarks (ablations). */
export function toExample(row: EvidenceRow, domainComplexity?: number): ArchitectExample {
  return {
    study: row.study,
    kind: row.kind,
    model: row.model,
    task: {
      tools: row.tools,
      decomposability: row.decomposability,
      capability: row.capability,
      baseline: row.baseline,
      method: row.kind === "method" ? 1 : 0,
      ...(domainComplexity === undefined ? {} : { domainComplexity }),
    },
    architecture: row.architecture,
    agents: row.agents,
    benchmark: row.benchmark,
    successRate: row.successRate,
    run: row.run,
  };
}

type ExampleData = Parameters<typeof kimEvidence>[1] & Pick<Dataset, "benchmarks">;

/**
 * Describes Kim et al.'s runs for the architect's model. The baseline P of every run, single or multi,
 * is the measured success of the single-agent run with the same (benchmark, model) in `groupRuns`
 * (default: `runs`), as an architect's pilot would measure it. Throws if that run is missing.
 */
export function architectExamples(runs: readonly Run[], dataset: ExampleData, groupRuns: readonly Run[] = runs): ArchitectExample[] {
  const complexity = new Map(dataset.benchmarks.map((b) => [b.benchmark, b.domain_complexity]));
  return kimEvidence(runs, dataset, groupRuns).map((row) => toExample(row, complexity.get(row.benchmark)));
}

/** Every example a fit learns from under an evidence choice (evidence.ts, evidenceRows). */
export function evidenceExamples(dataset: ExampleData, choice: EvidenceChoice): ArchitectExample[] {
  const complexity = new Map(dataset.benchmarks.map((b) => [b.benchmark, b.domain_complexity]));
  return evidenceRows(dataset, choice).map((row) => toExample(row, complexity.get(row.benchmark)));
}
