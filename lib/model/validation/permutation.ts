import { mean } from "simple-statistics";
import type { Dataset } from "../../data/dataset";
import type { Run } from "../../data/schemas";
import { architectExamples, type ArchitectExample } from "../architect/architect-examples";
import { ARCHITECT_FEATURES, type FeatureName } from "../architect/features";
import { fitArchitectMeans } from "../architect/architect-fit";
import { at } from "../stats/checked";
import { computedOnce } from "../serving/disk-cache";

/**
 * The exact permutation test of the task properties (docs/model.md section 4; MODEL-NOTES): does the
 * architect's model predict held-out benchmarks better with each benchmark's own property than with the
 * property of another benchmark? Every assignment of the benchmarks' values to the benchmarks (6! = 720
 * for Kim et al.'s six) is refitted under leave-one-benchmark-out; p is the share of assignments whose
 * LOBO MAE over multi-agent runs is at most the true assignment's (the true one included).
 */

/** The properties tested: tool count, decomposability, both together, and the paper's domain complexity D. */
export const PERMUTED_PROPERTIES = ["T", "d", "T+d", "D"] as const;
export type PermutedProperty = (typeof PERMUTED_PROPERTIES)[number];

export type PermutationTest = {
  property: PermutedProperty;
  /** LOBO MAE over multi-agent runs with the true assignment. */
  observed: number;
  /** Assignments tried (every one) and how many did at least as well as the true one. */
  assignments: number;
  atLeastAsGood: number;
  p: number;
  /** Median LOBO MAE over all assignments. */
  medianPermuted: number;
};

/**
 * Every ordering of `items` (n! of them, in lexicographic order of positions).
 *
 * @example permutations([1, 2, 3]).length // 6
 */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/**
 * Leave-one-benchmark-out MAE over the multi-agent examples of the architect's means (fitArchitectMeans):
 * the error the harness scores for a held-out benchmark with its pilot, at the measured agent counts.
 */
export function loboMeanMae(examples: readonly ArchitectExample[], features: readonly FeatureName[] = ARCHITECT_FEATURES): number {
  const errors: number[] = [];
  for (const benchmark of new Set(examples.map((e) => e.benchmark))) {
    const fit = fitArchitectMeans(
      examples.filter((e) => e.benchmark !== benchmark),
      features,
    );
    for (const e of examples) if (e.benchmark === benchmark && e.architecture !== "single") errors.push(Math.abs(e.successRate - fit.predict(e)));
  }
  return mean(errors);
}

type Values = { tools: number; decomposability: number; domainComplexity: number | undefined };

/** The examples with each benchmark given the `property` values of the benchmark `source` maps it to. */
function reassigned(
  examples: readonly ArchitectExample[],
  property: PermutedProperty,
  values: ReadonlyMap<string, Values>,
  source: ReadonlyMap<string, string>,
): ArchitectExample[] {
  return examples.map((e) => {
    const from = values.get(source.get(e.benchmark) ?? e.benchmark);
    if (from === undefined) throw new Error(`no property values for ${e.benchmark}`);
    const task = { ...e.task };
    if (property === "T" || property === "T+d") task.tools = from.tools;
    if (property === "d" || property === "T+d") task.decomposability = from.decomposability;
    if (property === "D") task.domainComplexity = from.domainComplexity;
    return { ...e, task };
  });
}

/** The exact permutation test of one property on Kim et al.'s runs (fitted to them alone, as the ablations are). */
export function permutationTest(runs: readonly Run[], dataset: Dataset, property: PermutedProperty): PermutationTest {
  const examples = architectExamples(runs, dataset);
  const benchmarks = [...new Set(examples.map((e) => e.benchmark))];
  // One example per benchmark: its property values, and the key of an assignment (tied values refit once).
  const probe = benchmarks.map((b) => {
    const e = examples.find((x) => x.benchmark === b);
    if (e === undefined) throw new Error(`no example of ${b}`);
    return e;
  });
  const values = new Map(
    probe.map((e) => [e.benchmark, { tools: e.task.tools, decomposability: e.task.decomposability, domainComplexity: e.task.domainComplexity }]),
  );
  const features = property === "D" ? [...ARCHITECT_FEATURES, "D" as const] : ARCHITECT_FEATURES;
  const observed = loboMeanMae(examples, features);
  const seen = new Map<string, number>();
  const permuted = permutations(benchmarks).map((order) => {
    const source = new Map(benchmarks.map((b, i) => [b, at(order, i)]));
    const key = reassigned(probe, property, values, source)
      .map((e) => `${e.task.tools}/${e.task.decomposability}/${e.task.domainComplexity}`)
      .join("|");
    const cached = seen.get(key);
    if (cached !== undefined) return cached;
    const mae = loboMeanMae(reassigned(examples, property, values, source), features);
    seen.set(key, mae);
    return mae;
  });
  // A tolerance, so that an assignment equal to the true one (tied property values) counts as at least as good.
  const atLeastAsGood = permuted.filter((m) => m <= observed + 1e-12).length;
  const sorted = [...permuted].sort((a, b) => a - b);
  return {
    property,
    observed,
    assignments: permuted.length,
    atLeastAsGood,
    p: atLeastAsGood / permuted.length,
    medianPermuted: at(sorted, Math.floor(sorted.length / 2)),
  };
}

/** The permutation test of every property in PERMUTED_PROPERTIES. */
export function permutationTests(runs: readonly Run[], dataset: Dataset): PermutationTest[] {
  return PERMUTED_PROPERTIES.map((property) => permutationTest(runs, dataset, property));
}

/** permutationTests once per data version per process (the methodology page and the CLI share it; about 15 s on a 2-core machine). */
export function cachedPermutationTests(runs: readonly Run[], dataset: Dataset): PermutationTest[] {
  return computedOnce("permutation-tests", `${dataset.version}-${runs.length}`, () => permutationTests(runs, dataset));
}
