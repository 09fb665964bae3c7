import { standardDeviation } from "simple-statistics";
import type { ArchitectExample } from "../architect/examples";
import { wholePercent } from "../../format/numbers";

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

/** The domain of a set of examples (the baseline range from their single-agent runs). */
export function taskDomain(examples: readonly ArchitectExample[]): TaskDomain {
  const benchmarks = new Map(examples.map((e) => [e.benchmark, { benchmark: e.benchmark, tools: e.task.tools, decomposability: e.task.decomposability }]));
  const pairs = [...benchmarks.values()];
  return {
    tools: valueRange(examples.map((e) => e.task.tools)),
    decomposability: valueRange(examples.map((e) => e.task.decomposability)),
    capability: valueRange(examples.map((e) => e.task.capability)),
    baseline: valueRange(examples.filter((e) => e.architecture === "single").map((e) => e.successRate)),
    benchmarks: pairs,
    benchmarkSpread: { logTools: spreadOf(pairs.map((b) => Math.log1p(b.tools))), decomposability: spreadOf(pairs.map((b) => b.decomposability)) },
  };
}

/**
 * A task is "like" a stored benchmark when it lies within NEAR_DISTANCE of one in standardized
 * (log(1+tools), decomposability) space, scaled by the benchmarks' own spread.
 */
export const NEAR_DISTANCE = 1;

const fmt = (x: number) => String(Math.round(x * 100) / 100);

/** A range as people write it, to two decimals: "2-16", "0.2-0.8". */
export const rangeText = ([low, high]: readonly [number, number]) => `${fmt(low)}-${fmt(high)}`;

/** What a prediction is asked about: the task inputs and the design. */
export type ExtrapolationQuery = {
  tools: number;
  decomposability: number;
  capability: number;
  /** Measured baseline, or null when estimated. */
  baseline: number | null;
  architecture: string;
  agents: number;
  measuredAgents: number;
};

/**
 * Why a prediction extrapolates beyond the fitted runs, one plain sentence per reason (empty when
 * it does not), e.g. "tools 40 is outside the runs' 2-16".
 */
export function extrapolationReasons(domain: TaskDomain, q: ExtrapolationQuery): string[] {
  const reasons: string[] = [];
  const outside = (value: number, [low, high]: [number, number], what: string, whose: string, show: (x: number) => string = fmt) => {
    if (value < low || value > high) reasons.push(`${what} ${show(value)} is outside ${whose} ${show === fmt ? rangeText([low, high]) : `${show(low)}-${show(high)}`}`);
  };
  outside(q.tools, domain.tools, "tools", "the runs'");
  outside(q.decomposability, domain.decomposability, "decomposability", "the benchmarks'");
  outside(q.capability, domain.capability, "capability index", "the fitted runs'");
  if (q.baseline !== null) outside(q.baseline, domain.baseline, "single-agent baseline", "the measured single-agent runs'", wholePercent);
  if (q.agents !== q.measuredAgents) {
    reasons.push(`${q.agents} agents: the runs measured ${q.architecture} only with ${q.measuredAgents}; other counts follow the agent-count rule`);
  }
  const { logTools: sdT, decomposability: sdD } = domain.benchmarkSpread;
  const distances = domain.benchmarks.map((b) => ({
    b,
    distance: Math.hypot((Math.log1p(q.tools) - Math.log1p(b.tools)) / sdT, (q.decomposability - b.decomposability) / sdD),
  }));
  const nearest = distances.reduce((a, b) => (b.distance < a.distance ? b : a), distances[0] ?? { b: undefined, distance: 0 });
  if (nearest.b !== undefined && nearest.distance > NEAR_DISTANCE) {
    reasons.push(
      `no stored benchmark combines ${fmt(q.tools)} tool${q.tools === 1 ? "" : "s"} with decomposability ${fmt(q.decomposability)} (nearest: ${nearest.b.benchmark}, ${nearest.b.tools} tools, ${nearest.b.decomposability})`,
    );
  }
  return reasons;
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
export function distanceOutside(domain: TaskDomain, task: { tools: number; decomposability: number; capability: number; baseline: number | null }): number {
  const beyond = (x: number, [low, high]: [number, number]) => Math.max(low - x, x - high, 0) / Math.max(high - low, 1e-9);
  return (
    beyond(Math.log1p(task.tools), [Math.log1p(domain.tools[0]), Math.log1p(domain.tools[1])]) +
    beyond(task.decomposability, domain.decomposability) +
    beyond(task.capability, domain.capability) +
    (task.baseline === null ? 0 : beyond(task.baseline, domain.baseline))
  );
}
