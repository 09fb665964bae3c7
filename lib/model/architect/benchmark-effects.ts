import { RUBRIC_STEP } from "../../data/decomposability-rubric";
import type { TaskDomain } from "../predict/extrapolation";
import { groupEffect, type BenchmarkSlope, type RandomEffects } from "../stats/random-intercepts";

/** The shrunken effect of a seen benchmark on an architecture at baseline P (null for an unseen one). */
export function seenBenchmarkEffect(
  fitted: { effects: RandomEffects; slopes: Record<string, BenchmarkSlope> },
  benchmark: string,
  architecture: string,
  baseline: number,
): number | null {
  const intercept = groupEffect(fitted.effects, `${benchmark}/${architecture}`);
  if (intercept === null) return null;
  const slope = fitted.slopes[benchmark];
  return intercept.effect + (slope === undefined ? 0 : slope.slope * (baseline - slope.center));
}

/**
 * Whether a task matches a benchmark on every task input the calculator reads: the same tool count and a
 * decomposability within half the rubric's step.
 *
 * @example matchesTask({ tools: 3, decomposability: 0.75 }, { tools: 3, decomposability: 0.7 }) // true
 */
export function matchesTask(benchmark: { tools: number; decomposability: number }, task: { tools: number; decomposability: number }): boolean {
  return benchmark.tools === task.tools && Math.abs(benchmark.decomposability - task.decomposability) < RUBRIC_STEP / 2 - 1e-12;
}

/**
 * The stored benchmarks a task matches on every task input the calculator reads: the same tool count
 * and a decomposability within half the rubric's step (RUBRIC_STEP: two values that close are one
 * rubric answer), among the benchmarks whose multi-agent effects the fit has seen. In data order.
 *
 * @example matchingBenchmarks(models.architect, { tools: 3, decomposability: 0.75 }) // ["browsecomp-plus"]
 */
export function matchingBenchmarks(
  fitted: { domain: Pick<TaskDomain, "benchmarks">; effects: RandomEffects; architectures: readonly string[] },
  task: { tools: number; decomposability: number },
): string[] {
  return fitted.domain.benchmarks
    .filter((b) => matchesTask(b, task))
    .filter((b) => fitted.architectures.some((a) => groupEffect(fitted.effects, `${b.benchmark}/${a}`) !== null))
    .map((b) => b.benchmark);
}
