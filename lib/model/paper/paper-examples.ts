import type { Architecture, Benchmark, Model, Run } from "../../data/schemas";
import type { Dataset } from "../../data/dataset";
import type { PaperInput } from "./terms";

/** A measured run described as Eq. 1's input, with its measured success as the response. */
export type PaperExample = { run: Run; input: PaperInput; successRate: number };

/** Eq. 1's architecture covariates (paper Table 5) of one architecture. */
export function architectureCovariates(a: Architecture): Omit<PaperInput, "intelligence" | "tools" | "baseline"> {
  return {
    agents: a.agents,
    overheadPct: a.overhead_pct,
    messageDensity: a.message_density,
    redundancy: a.redundancy,
    efficiency: a.efficiency,
    errorAmplification: a.error_amplification,
  };
}

function indexBy<T, K extends keyof T>(rows: readonly T[], key: K): Map<T[K], T> {
  return new Map(rows.map((row) => [row[key], row]));
}

/**
 * Describes `runs` as Eq. 1 examples. P follows docs/model.md section 1: for a multi-agent run, the
 * success of the single-agent run with the same (benchmark, model) among `runs`; for a single-agent
 * run, the mean success of the single-agent runs of its benchmark among `runs`.
 * Throws if a multi-agent run has no single-agent partner in `runs` (the data checks rule this out
 * for the paper's sets).
 */
export function paperExamples(runs: readonly Run[], dataset: Pick<Dataset, "benchmarks" | "architectures" | "models">): PaperExample[] {
  const benchmarks = indexBy<Benchmark, "benchmark">(dataset.benchmarks, "benchmark");
  const architectures = indexBy<Architecture, "architecture">(dataset.architectures, "architecture");
  const models = indexBy<Model, "model">(dataset.models, "model");
  const singleOf = new Map<string, number>();
  const singlesByBenchmark = new Map<string, number[]>();
  for (const run of runs) {
    if (run.architecture !== "single") continue;
    singleOf.set(`${run.benchmark}/${run.model}`, run.success_rate);
    singlesByBenchmark.set(run.benchmark, [...(singlesByBenchmark.get(run.benchmark) ?? []), run.success_rate]);
  }
  return runs.map((run) => {
    const benchmark = benchmarks.get(run.benchmark);
    const architecture = architectures.get(run.architecture);
    const model = models.get(run.model);
    if (!benchmark || !architecture || !model) throw new Error(`run ${run.benchmark}/${run.architecture}/${run.model} references unknown ids`);
    let baseline: number | undefined;
    // Kept: the single agent's P below is a plain sum, as simple-statistics' compensated mean changes the reproduce and validate figures in the 16th digit.
    if (run.architecture === "single") {
      const singles = singlesByBenchmark.get(run.benchmark) ?? [];
      baseline = singles.reduce((sum, v) => sum + v, 0) / singles.length;
    } else {
      baseline = singleOf.get(`${run.benchmark}/${run.model}`);
    }
    if (baseline === undefined) throw new Error(`no single-agent run for ${run.benchmark}/${run.model}`);
    return {
      run,
      successRate: run.success_rate,
      input: { intelligence: model.capability_index, tools: benchmark.tools, baseline, ...architectureCovariates(architecture) },
    };
  });
}
