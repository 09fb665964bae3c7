import type { Dataset } from "../../data/dataset";
import type { Run } from "../../data/schemas";
import type { ArchitectTask } from "./features";

/** A measured run as the architect's model sees it: the task, the design, and the measured success. */
export type ArchitectExample = {
  run: Run;
  task: ArchitectTask;
  architecture: string;
  agents: number;
  /** Benchmark the run came from: lets a fit learn (and a prediction use) that benchmark's own effect. */
  benchmark: string;
  successRate: number;
};

/**
 * Describes runs for the architect's model. The baseline P of every run, single or multi, is the
 * measured success of the single-agent run with the same (benchmark, model) in `groupRuns`
 * (default: `runs`), as an architect's pilot would measure it. Throws if that run is missing.
 */
export function architectExamples(
  runs: readonly Run[],
  dataset: Pick<Dataset, "benchmarks" | "architectures" | "models">,
  groupRuns: readonly Run[] = runs,
): ArchitectExample[] {
  const benchmarks = new Map(dataset.benchmarks.map((b) => [b.benchmark, b]));
  const agentsOf = new Map(dataset.architectures.map((a) => [a.architecture, a.agents]));
  const capability = new Map(dataset.models.map((m) => [m.model, m.capability_index]));
  const single = new Map(groupRuns.filter((r) => r.architecture === "single").map((r) => [`${r.benchmark}/${r.model}`, r.success_rate]));
  return runs.map((run) => {
    const benchmark = benchmarks.get(run.benchmark);
    const baseline = single.get(`${run.benchmark}/${run.model}`);
    const agents = agentsOf.get(run.architecture);
    const index = capability.get(run.model);
    if (benchmark === undefined || baseline === undefined || agents === undefined || index === undefined) {
      throw new Error(`run ${run.benchmark}/${run.architecture}/${run.model} lacks a benchmark, model, architecture or single-agent run`);
    }
    return {
      run,
      task: { tools: benchmark.tools, decomposability: benchmark.decomposability, capability: index, baseline, domainComplexity: benchmark.domain_complexity },
      architecture: run.architecture,
      agents,
      benchmark: run.benchmark,
      successRate: run.success_rate,
    };
  });
}
