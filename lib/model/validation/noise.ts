import { mean, quantile } from "simple-statistics";
import type { Dataset } from "../../data/dataset";
import type { Run } from "../../data/schemas";
import { seededRandom } from "../stats/random";
import { decisionScores } from "./decisions";

const tasksOf = (dataset: Pick<Dataset, "benchmarks">) => {
  const tasks = new Map(dataset.benchmarks.map((b) => [b.benchmark, b.tasks]));
  return (r: Run) => r.tasks ?? tasks.get(r.benchmark) ?? 100;
};

/**
 * MAE a perfect model would still show, E|noise| = sqrt(2/pi) · sqrt(p(1 - p)/n), averaged over runs,
 * with n the run's task count (or its benchmark's where the run does not say).
 *
 * @example noiseFloor(v3Runs, dataset).maeMas // ≈ 0.052
 */
export function noiseFloor(runs: readonly Run[], dataset: Pick<Dataset, "benchmarks">): { maeMas: number; mae: number } {
  const n = tasksOf(dataset);
  const floor = (r: Run) => Math.sqrt(2 / Math.PI) * Math.sqrt((r.success_rate * (1 - r.success_rate)) / n(r));
  return { maeMas: mean(runs.filter((r) => r.architecture !== "single").map(floor)), mae: mean(runs.map(floor)) };
}

/**
 * How often single-vs-multi decisions survive re-measurement: take the measured rates as the truth,
 * draw each run again (binomial, its task count), and score the redrawn runs' decisions against the
 * truth's. A model that knew every true rate would reach this agreement and no more. Deterministic
 * (seeded). Returns the mean and the 5-95% range over draws.
 *
 * @example decisionNoiseCeiling(v3Runs, dataset, architectures).mean // ≈ 0.84
 */
export function decisionNoiseCeiling(
  runs: readonly Run[],
  dataset: Pick<Dataset, "benchmarks">,
  architectures: readonly string[],
  draws = 400,
  seed = 2512,
): { mean: number; p05: number; p95: number } {
  const n = tasksOf(dataset);
  const random = seededRandom(seed);
  const agreements: number[] = [];
  for (let d = 0; d < draws; d++) {
    const redrawn = runs.map((r) => {
      const tasks = n(r);
      let successes = 0;
      for (let t = 0; t < tasks; t++) if (random() < r.success_rate) successes += 1;
      return successes / tasks;
    });
    const scores = decisionScores(runs, redrawn, architectures);
    agreements.push(scores.singleVsMulti / scores.groups);
  }
  return { mean: mean(agreements), p05: quantile(agreements, 0.05), p95: quantile(agreements, 0.95) };
}
