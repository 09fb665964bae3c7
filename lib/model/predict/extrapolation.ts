import { standardDeviation } from "simple-statistics";

/** The region the fitted runs cover: ranges of each task input and the benchmarks' (tools, d) pairs. */
export type TaskDomain = {
  tools: [number, number];
  decomposability: [number, number];
  capability: [number, number];
  baseline: [number, number];
  benchmarks: { benchmark: string; tools: number; decomposability: number }[];
  /** The benchmarks' spread (population SD) in log(1 + tools) and decomposability: the "like a benchmark" scale. */
  benchmarkSpread: { logTools: number; decomposability: number };
};

/** Population SD, floored so that a dimension with no spread never divides by zero. */
export const spreadOf = (values: readonly number[]): number => Math.max(1e-9, values.length === 0 ? 0 : standardDeviation([...values]));

/** The smallest and largest of some values. */
export const valueRange = (values: readonly number[]): [number, number] => [Math.min(...values), Math.max(...values)];

/** A point of task space as the "like a benchmark" distance reads it. */
type TaskPoint = { tools: number; decomposability: number };

/** The benchmarks' spread (population SD) in log(1 + tools) and decomposability. */
export function benchmarkSpread(benchmarks: readonly TaskPoint[]): TaskDomain["benchmarkSpread"] {
  return { logTools: spreadOf(benchmarks.map((b) => Math.log1p(b.tools))), decomposability: spreadOf(benchmarks.map((b) => b.decomposability)) };
}

/**
 * The benchmark nearest a task and its distance: Euclidean in log(1 + tools) and decomposability, each
 * divided by the benchmarks' spread (benchmarkSpread of these benchmarks unless given); the first of
 * equals in data order; null when there are none.
 *
 * @example nearestBenchmark([{ tools: 3, decomposability: 0.75 }, { tools: 16, decomposability: 0.2 }], { tools: 4, decomposability: 0.7 })?.benchmark.tools // 3
 */
export function nearestBenchmark<B extends TaskPoint>(
  benchmarks: readonly B[],
  task: TaskPoint,
  spread = benchmarkSpread(benchmarks),
): { benchmark: B; distance: number } | null {
  let nearest: { benchmark: B; distance: number } | null = null;
  for (const benchmark of benchmarks) {
    const distance = Math.hypot(
      (Math.log1p(task.tools) - Math.log1p(benchmark.tools)) / spread.logTools,
      (task.decomposability - benchmark.decomposability) / spread.decomposability,
    );
    if (nearest === null || distance < nearest.distance) nearest = { benchmark, distance };
  }
  return nearest;
}

/** A measured run as the domain reads it (an architect example: its benchmark, task, design and success). */
export type DomainExample = {
  benchmark: string;
  architecture: string;
  successRate: number;
  task: { tools: number; decomposability: number; capability: number | null };
};

/** The domain of a set of examples (the baseline range from their single-agent runs). */
export function taskDomain(examples: readonly DomainExample[]): TaskDomain {
  const benchmarks = new Map(examples.map((e) => [e.benchmark, { benchmark: e.benchmark, tools: e.task.tools, decomposability: e.task.decomposability }]));
  const pairs = [...benchmarks.values()];
  return {
    tools: valueRange(examples.map((e) => e.task.tools)),
    decomposability: valueRange(examples.map((e) => e.task.decomposability)),
    capability: valueRange(examples.flatMap((e) => (e.task.capability === null ? [] : [e.task.capability]))),
    baseline: valueRange(examples.filter((e) => e.architecture === "single").map((e) => e.successRate)),
    benchmarks: pairs,
    benchmarkSpread: benchmarkSpread(pairs),
  };
}

/**
 * A task is "like" a stored benchmark when it lies within NEAR_DISTANCE of one in standardized
 * (log(1+tools), decomposability) space, scaled by the benchmarks' own spread.
 */
export const NEAR_DISTANCE = 1;

/** What a prediction is asked about: the task inputs and the design. */
export type ExtrapolationQuery = {
  tools: number;
  decomposability: number;
  /** Null for a stored run whose model has no capability index (validation only). */
  capability: number | null;
  /** Measured baseline, or null when estimated. */
  baseline: number | null;
  architecture: string;
  agents: number;
  measuredAgents: number;
};

/** One way a prediction leaves the fitted runs (lib/views/extrapolation-text.ts words it). */
export type ExtrapolationReason =
  | { kind: "outside"; input: "tools" | "decomposability" | "capability" | "baseline"; value: number; range: [number, number] }
  | { kind: "agents"; architecture: string; agents: number; measuredAgents: number }
  | { kind: "far-from-benchmarks"; tools: number; decomposability: number; nearest: { benchmark: string; tools: number; decomposability: number } };

/**
 * Why a prediction extrapolates beyond the fitted runs, one reason per way (empty when it does not):
 * an input outside the runs' range, an agent count other than the measured one, or a (tools, d) pair
 * farther than NEAR_DISTANCE from every stored benchmark.
 *
 * @example extrapolationReasons(domain, { tools: 40, decomposability: 0.5, capability: 60, baseline: null, architecture: "centralized", agents: 4, measuredAgents: 4 })[0]
 * // { kind: "outside", input: "tools", value: 40, range: [2, 16] }
 */
export function extrapolationReasons(domain: TaskDomain, q: ExtrapolationQuery): ExtrapolationReason[] {
  return taskExtrapolation(domain, q)(q);
}

/**
 * extrapolationReasons for many designs of one task: the task's own reasons (its inputs against the
 * runs' ranges, its distance to the stored benchmarks) are found once; each design adds its agent count.
 */
export function taskExtrapolation(
  domain: TaskDomain,
  task: Pick<ExtrapolationQuery, "tools" | "decomposability" | "capability" | "baseline">,
): (design: Pick<ExtrapolationQuery, "architecture" | "agents" | "measuredAgents">) => ExtrapolationReason[] {
  const before: ExtrapolationReason[] = [];
  const outside = (input: "tools" | "decomposability" | "capability" | "baseline", value: number, range: [number, number]) => {
    if (value < range[0] || value > range[1]) before.push({ kind: "outside", input, value, range });
  };
  outside("tools", task.tools, domain.tools);
  outside("decomposability", task.decomposability, domain.decomposability);
  if (task.capability !== null) outside("capability", task.capability, domain.capability);
  if (task.baseline !== null) outside("baseline", task.baseline, domain.baseline);
  const after: ExtrapolationReason[] = [];
  const nearest = nearestBenchmark(domain.benchmarks, task, domain.benchmarkSpread);
  if (nearest !== null && nearest.distance > NEAR_DISTANCE)
    after.push({ kind: "far-from-benchmarks", tools: task.tools, decomposability: task.decomposability, nearest: { ...nearest.benchmark } });
  return (q) =>
    q.agents !== q.measuredAgents
      ? [...before, { kind: "agents", architecture: q.architecture, agents: q.agents, measuredAgents: q.measuredAgents }, ...after]
      : [...before, ...after];
}

/** SD added per range-width an input lies beyond the fitted runs (tools measured on log(1 + T)). */
export const OUTSIDE_SD_PER_RANGE = 0.25;

/**
 * How far a task lies outside the fitted runs, in range-widths summed over its inputs (log(1 + T) for
 * tools; the baseline only when measured): 0 inside. Predictions widen their interval by
 * OUTSIDE_SD_PER_RANGE per range-width.
 *
 * @example distanceOutside(domain, { tools: 40, decomposability: 0.5, capability: 60, baseline: null }) // ≈ 0.51
 */
export function distanceOutside(
  domain: TaskDomain,
  task: { tools: number; decomposability: number; capability: number | null; baseline: number | null },
): number {
  const beyond = (x: number, [low, high]: [number, number]) => Math.max(low - x, x - high, 0) / Math.max(high - low, 1e-9);
  return (
    beyond(Math.log1p(task.tools), [Math.log1p(domain.tools[0]), Math.log1p(domain.tools[1])]) +
    beyond(task.decomposability, domain.decomposability) +
    (task.capability === null ? 0 : beyond(task.capability, domain.capability)) +
    (task.baseline === null ? 0 : beyond(task.baseline, domain.baseline))
  );
}
