import { logAverage } from "simple-statistics";
import type { Dataset } from "../../data/dataset";
import { costArchitectures } from "./design-cost";
import { at, field } from "../stats/checked";

/** One architecture's turns relative to a single agent: predicted by Table 5 and measured in the per-task runs. */
export type TurnRatio = {
  architecture: string;
  agents: number;
  /** turns_mean / 7.2, the ratio the cost model uses. */
  predicted: number;
  /** Mean steps per task / the single agent's, per (benchmark, model) group, geometric mean over groups. */
  measured: number;
  /** The same per benchmark. */
  byBenchmark: Record<string, number>;
  groups: number;
};

/**
 * Predicted against measured turn ratios (docs/model.md section 3's check): the cost model scales a single
 * agent's turns by Table 5's ratio; data/task-results.csv holds the steps every architecture and model
 * took on each SWE-bench Verified and Terminal-Bench task.
 *
 * @example turnRatios(dataset).find((r) => r.architecture === "centralized") // { predicted: ≈ 3.85, measured: ≈ 0.78, ... }
 */
export function turnRatios(dataset: Pick<Dataset, "architectures" | "taskResults">): TurnRatio[] {
  const steps = new Map<string, { sum: number; n: number }>();
  for (const t of dataset.taskResults) {
    const key = `${t.benchmark}/${t.model}/${t.architecture}`;
    const entry = steps.get(key) ?? { sum: 0, n: 0 };
    entry.sum += t.steps;
    entry.n += 1;
    steps.set(key, entry);
  }
  const meanSteps = (key: string) => {
    const e = steps.get(key);
    return e === undefined || e.n === 0 ? undefined : e.sum / e.n;
  };
  const groups = [...new Set(dataset.taskResults.map((t) => `${t.benchmark}/${t.model}`))];
  const table5 = costArchitectures(dataset.architectures);
  return dataset.architectures.map((a) => {
    const ratios = groups.flatMap((g) => {
      const own = meanSteps(`${g}/${a.architecture}`);
      const single = meanSteps(`${g}/single`);
      return own === undefined || single === undefined || single === 0 ? [] : [{ benchmark: at(g.split("/"), 0), ratio: own / single }];
    });
    const benchmarks = [...new Set(ratios.map((r) => r.benchmark))];
    return {
      architecture: a.architecture,
      agents: a.agents,
      predicted: field(table5, a.architecture, "Table 5 turn ratios").turnRatio,
      measured: ratios.length === 0 ? Number.NaN : logAverage(ratios.map((r) => r.ratio)),
      byBenchmark: Object.fromEntries(benchmarks.map((b) => [b, logAverage(ratios.filter((r) => r.benchmark === b).map((r) => r.ratio))])),
      groups: ratios.length,
    };
  });
}
