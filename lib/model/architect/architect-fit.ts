import { mean } from "simple-statistics";
import { dot } from "../stats/linear";
import { clip01 } from "../predict/prediction";
import { fitRidge, gramOf, ridgeFromGram, subtractGram, type Gram } from "../stats/ridge";
import type { ArchitectExample } from "./architect-examples";
import { ARCHITECT_FEATURES, architectFeatureValues, type FeatureName } from "./features";
import { effectiveCoefficients, pooledDesignRow, pooledPenalties, type ArchitectDesign } from "./architect-design";
import { fitBaselineModel } from "../baseline/baseline-fit";
import type { BaselineModel } from "../baseline/baseline-predict";
import { taskDomain, type TaskDomain } from "../predict/extrapolation";
import { type BenchmarkSlope, type RandomEffects } from "../stats/random-intercepts";
import { estimateBenchmarkSlopes, estimateRandomEffects, scaleFromErrors } from "../stats/random-intercepts-fit";
import { fitScaler } from "../stats/standardize";
import { seenBenchmarkEffect } from "./benchmark-effects";
import { at } from "../stats/checked";
import { fitGainWeight, shrinkGain, type HeldOutGain } from "./gain-weight";

/** Ridge strengths tried, and how much more the architecture-specific deviations are penalized. */
export const LAMBDA_GRID = [3, 10, 30, 100, 300] as const;
export const KAPPA_GRID = [1, 3, 10] as const;

/** The architect's model fitted to a set of runs: plain JSON, so it crosses from server to client. */
export type ArchitectModel = ArchitectDesign & {
  kind: "architect";
  /** Per multi-agent architecture: [intercept, one slope per feature] on standardized features, and their covariance. */
  perArchitecture: Record<string, { coefficients: number[]; covariance: number[][] }>;
  /** How many (lambda, kappa) settings of the grid the coefficients average over (pre-specified: all). */
  settings: number;
  /**
   * The weight w on the predicted multi-agent gain for a new task (gain-weight.ts): a prediction is
   * P + w·(model − P). Learned out of study inside the fitted rows (`gainWeightFrom`: held-out studies;
   * with one study, held-out benchmarks; "none": no fold, w = 1).
   */
  gainWeight: number;
  gainWeightFrom: "new-study" | "new-benchmark" | "none" | "given";
  /** Leave-one-benchmark-out MAE of the averaged fit, gains shrunk by `gainWeight`, over the fitted multi-agent rows. */
  innerLoboMae: number;
  /**
   * Normal SD of the error on a new task: a new benchmark in a new study (from errors on benchmarks
   * held out together with every study that ran them, so between-benchmark and between-study spread
   * are both in it). Fitted to one study, held-out-benchmark errors stand in.
   */
  sdNewTask: number;
  /** Which errors `sdNewTask` comes from. */
  sdNewTaskFrom: "new-study" | "new-benchmark";
  /** Correlation of two designs' new-task errors on one task (errorCorrelation of the held-out-benchmark errors): the task effect every design shares. */
  errorCorrelation: number;
  /** Normal SD of the error on a benchmark the fit has seen, with its effects (from held-out-model errors). */
  sdKnownTask: number;
  /** Benchmark x architecture effects, for predictions about a benchmark the fit has seen. */
  effects: RandomEffects;
  /** Each seen benchmark's own slope on P (shrunk), applied with its effects. */
  slopes: Record<string, BenchmarkSlope>;
  /** Estimates the single-agent baseline when no pilot was run. */
  baselineModel: BaselineModel;
  /** The ranges of the fitted runs, for extrapolation flags. */
  domain: TaskDomain;
  /** The fitted multi-agent runs' average task: the reference "typical" values explanations compare with. */
  reference: { tools: number; decomposability: number; capability: number; baseline: number };
  /** Measured agent count of each architecture, e.g. { single: 1, centralized: 4, ... }. */
  measuredAgents: Record<string, number>;
  /**
   * What more tools do to multi-agent success at the reference task (mean over architectures, success
   * points when 1 + T doubles), and the benchmark it rests on most: the one whose removal moves it
   * furthest toward the opposite sign, with the effect without it.
   */
  toolEffect: { effect: number; restsOn: string | null; effectWithout: number | null };
  rows: number;
};

/** How a fit may depart from the served procedure: `gainWeight` fixes the weight on the predicted gain instead of learning it ("given"; 1 = no shrinkage), for checks and sensitivity figures. */
export type FitOptions = { gainWeight?: number };

/** Tools at which the tool effect is read: 1 + T doubles from the reference task's. */
function toolEffectOf(
  design: ArchitectDesign,
  coefficients: readonly number[],
  reference: { tools: number; decomposability: number; baseline: number },
): number {
  const at = (tools: number) =>
    mean(design.architectures.map((a) => dot(coefficients, pooledDesignRow(design, a, { ...reference, tools, capability: null, method: 0 }))));
  return at(2 * (1 + reference.tools) - 1) - at(reference.tools);
}

/** The multi-agent runs as the pooled regression sees them: design rows, outcomes and their Gram, built once per fit. */
type Pooled = { multi: readonly ArchitectExample[]; rows: number[][]; y: number[]; weighted: { rows: number[][]; y: number[] }; total: Gram };

/** How rows are weighted in the fit: each row alike, or each benchmark alike (its rows share one unit of weight). */
export type Weighting = "rows" | "benchmarks";

/** Row weights with mean 1: 1 each, or n / (B · rows of the row's benchmark). */
export function rowWeights(multi: readonly ArchitectExample[], weighting: Weighting): number[] {
  if (weighting === "rows") return multi.map(() => 1);
  const counts = new Map<string, number>();
  for (const e of multi) counts.set(e.benchmark, (counts.get(e.benchmark) ?? 0) + 1);
  return multi.map((e) => multi.length / (counts.size * (counts.get(e.benchmark) ?? 1)));
}

function pooledData(design: ArchitectDesign, multi: readonly ArchitectExample[], weighting: Weighting): Pooled {
  const rows = multi.map((e) => pooledDesignRow(design, e.architecture, e.task));
  const y = multi.map((e) => e.successRate);
  const root = rowWeights(multi, weighting).map(Math.sqrt);
  const weighted = { rows: rows.map((row, i) => row.map((x) => x * at(root, i))), y: y.map((v, i) => v * at(root, i)) };
  return { multi, rows, y, weighted, total: gramOf(weighted.rows, weighted.y) };
}

/** Every (lambda, kappa) of the grid: the fit averages over all of them instead of choosing one. */
export const SETTINGS: readonly { lambda: number; kappa: number }[] = LAMBDA_GRID.flatMap((lambda) => KAPPA_GRID.map((kappa) => ({ lambda, kappa })));

/** Coefficients averaged over the grid, fitted from a Gram (each setting one small solve). */
function averagedCoefficients(design: ArchitectDesign, gram: Gram): number[] {
  const fits = SETTINGS.map(({ lambda, kappa }) => ridgeFromGram(gram, pooledPenalties(design, lambda, kappa)));
  return at(fits, 0).map((_, j) => mean(fits.map((c) => at(c, j))));
}

/**
 * Each group's multi-agent rows predicted by the grid-averaged fit without that group (`groupOf`: a
 * study, or a benchmark), unshrunk and unclipped, with the index of each row. Each group's X'X block is
 * computed once; a fold's training Gram is the total minus that block, so each setting costs one small
 * solve per fold. A group holding every row leaves nothing to fit and is skipped.
 */
function heldOutGains(
  design: ArchitectDesign,
  { multi, rows, weighted, total }: Pooled,
  groupOf: (e: ArchitectExample) => string,
): { gains: HeldOutGain[]; index: number[] } {
  const groups = [...new Set(multi.map(groupOf))];
  const gains: HeldOutGain[] = [];
  const index: number[] = [];
  for (const group of groups) {
    const idx = multi.flatMap((e, i) => (groupOf(e) === group ? [i] : []));
    if (idx.length === multi.length) continue;
    const coefficients = averagedCoefficients(
      design,
      subtractGram(
        total,
        gramOf(
          idx.map((i) => at(weighted.rows, i)),
          idx.map((i) => at(weighted.y, i)),
        ),
      ),
    );
    for (const i of idx) {
      const e = at(multi, i);
      gains.push({ measured: e.successRate, baseline: e.task.baseline, predicted: dot(coefficients, at(rows, i)) });
      index.push(i);
    }
  }
  return { gains, index };
}

/**
 * The weight on the model's predicted gain (gain-weight.ts), learned out of study inside the fit's own
 * rows: each study's multi-agent rows predicted by the averaged fit without that study, and the weight
 * that fits them best by the fit's own loss and row weights (fitGainWeight). With one study there is no such fold and
 * the held-out-benchmark predictions stand in; with neither, 1 (the model as fitted).
 */
function gainWeightOf(
  design: ArchitectDesign,
  pooled: Pooled,
  lobo: ReturnType<typeof heldOutGains>,
  weighting: Weighting,
): { weight: number; from: ArchitectModel["gainWeightFrom"] } {
  const weights = rowWeights(pooled.multi, weighting);
  const fitOn = (held: ReturnType<typeof heldOutGains>) =>
    fitGainWeight(
      held.gains,
      held.index.map((i) => at(weights, i)),
    );
  const loso = heldOutGains(design, pooled, (e) => e.study);
  if (loso.gains.length > 0) return { weight: fitOn(loso), from: "new-study" };
  if (lobo.gains.length > 0) return { weight: fitOn(lobo), from: "new-benchmark" };
  return { weight: 1, from: "none" };
}

/**
 * Correlation of two multi-agent designs' held-out errors on the same task: over every pair of rows of
 * one (study, benchmark, model) cell with different architectures, Σ e_i e_j / sqrt(Σ e_i² Σ e_j²)
 * (uncentred: a shared miss is what the correlation is for). 0 without pairs; clipped to [0, 0.99].
 *
 * @example errorCorrelation([0.1, 0.1, -0.2, -0.2], [0, 0, 1, 1], ["a", "b", "a", "b"]) // 0.99 (perfectly correlated, clipped)
 */
export function errorCorrelation(errors: readonly number[], cellOf: readonly (string | number)[], architectureOf: readonly string[]): number {
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < errors.length; i++) {
    for (let j = i + 1; j < errors.length; j++) {
      if (at(cellOf, i) !== at(cellOf, j) || at(architectureOf, i) === at(architectureOf, j)) continue;
      sxy += at(errors, i) * at(errors, j);
      sxx += at(errors, i) ** 2;
      syy += at(errors, j) ** 2;
    }
  }
  return sxx === 0 || syy === 0 ? 0 : Math.min(0.99, Math.max(0, sxy / Math.sqrt(sxx * syy)));
}

/**
 * Errors on a new benchmark in a new study, as an architect's own task is: each benchmark's rows
 * predicted by a fit without that benchmark and without every study that ran it, the gain shrunk by the
 * fit's weight as a served prediction is.
 */
function newStudyErrors(design: ArchitectDesign, { multi, rows, weighted, total }: Pooled, weight: number): number[] {
  const errors: number[] = [];
  for (const benchmark of new Set(multi.map((e) => e.benchmark))) {
    const studies = new Set(multi.filter((e) => e.benchmark === benchmark).map((e) => e.study));
    const out = multi.flatMap((e, i) => (e.benchmark === benchmark || studies.has(e.study) ? [i] : []));
    if (out.length === multi.length) continue;
    const coefficients = averagedCoefficients(
      design,
      subtractGram(
        total,
        gramOf(
          out.map((i) => at(weighted.rows, i)),
          out.map((i) => at(weighted.y, i)),
        ),
      ),
    );
    for (const i of out) {
      const e = at(multi, i);
      if (e.benchmark !== benchmark) continue;
      errors.push(e.successRate - shrinkGain(e.task.baseline, dot(coefficients, at(rows, i)), weight));
    }
  }
  return errors;
}

/** A seen benchmark's effects from residuals: per-benchmark slopes on P, then benchmark x architecture intercepts. */
function benchmarkEffects(residuals: readonly number[], examples: readonly ArchitectExample[]) {
  const groups = examples.map((e) => `${e.benchmark}/${e.architecture}`);
  const baselines = examples.map((e) => e.task.baseline);
  const slopes = estimateBenchmarkSlopes(
    residuals,
    groups,
    examples.map((e) => e.benchmark),
    baselines,
  );
  const rest = residuals.map((r, i) => {
    const s = slopes[at(examples, i).benchmark];
    return r - (s === undefined ? 0 : s.slope * (at(baselines, i) - s.center));
  });
  return { slopes, effects: estimateRandomEffects(rest, groups) };
}

/**
 * Errors on a seen benchmark: for each model, fit without its runs, estimate the benchmarks' effects
 * from the remaining residuals, and predict its runs with them (held-out-model errors).
 */
function seenBenchmarkErrors(design: ArchitectDesign, { multi, rows, y, weighted, total }: Pooled): number[] {
  const models = [...new Set(multi.map((e) => e.model))];
  return models.flatMap((model) => {
    const held = multi.flatMap((e, i) => (e.model === model ? [i] : []));
    const kept = multi.flatMap((e, i) => (e.model === model ? [] : [i]));
    const coefficients = averagedCoefficients(
      design,
      subtractGram(
        total,
        gramOf(
          held.map((i) => at(weighted.rows, i)),
          held.map((i) => at(weighted.y, i)),
        ),
      ),
    );
    const fitted = benchmarkEffects(
      kept.map((i) => at(y, i) - dot(coefficients, at(rows, i))),
      kept.map((i) => at(multi, i)),
    );
    return held.map((i) => {
      const e = at(multi, i);
      const effect = seenBenchmarkEffect(fitted, e.benchmark, e.architecture, e.task.baseline) ?? 0;
      return e.successRate - clip01(dot(coefficients, at(rows, i)) + effect);
    });
  });
}

/** The design a fit to these multi-agent examples uses: their architectures, mean capability and feature scaler. */
function designOf(multi: readonly ArchitectExample[], features: readonly FeatureName[]): ArchitectDesign {
  const capabilities = multi.flatMap((e) => (e.task.capability === null ? [] : [e.task.capability]));
  const meanCapability = capabilities.length === 0 ? 0 : mean(capabilities);
  return {
    architectures: [...new Set(multi.map((e) => e.architecture))],
    meanCapability,
    features: [...features],
    scaler: fitScaler(multi.map((e) => architectFeatureValues(e.task, meanCapability, features))),
  };
}

/**
 * The architect's model reduced to what a held-out multi-agent mean needs: its design and grid-averaged
 * coefficients, without intervals or benchmark effects (the permutation test refits thousands of times).
 * `predict` equals predictArchitect's mean for a new benchmark at the architecture's measured count.
 */
export function fitArchitectMeans(
  examples: readonly ArchitectExample[],
  features: readonly FeatureName[] = ARCHITECT_FEATURES,
  weighting: Weighting = "benchmarks",
): { design: ArchitectDesign; coefficients: number[]; predict: (e: Pick<ArchitectExample, "architecture" | "task">) => number } {
  const multi = examples.filter((e) => e.architecture !== "single");
  const design = designOf(multi, features);
  const coefficients = averagedCoefficients(design, pooledData(design, multi, weighting).total);
  return { design, coefficients, predict: (e) => clip01(dot(coefficients, pooledDesignRow(design, e.architecture, e.task))) };
}

/**
 * Fits the architect's model (docs/model.md section 2) to examples that include single-agent runs:
 * multi-agent success as a ridge regression on the task and baseline, pooled across architectures,
 * its coefficients averaged over every (lambda, kappa) of the grid (pre-specified, no selection), with
 * random effects of seen benchmarks (intercepts per architecture, slopes on P) and a baseline
 * sub-model. Interval scales come from held-out errors inside `examples` (so any caller's held-out data
 * stays unseen): a new benchmark in a new study for a new task, unseen models for a seen benchmark.
 * (Inner folds reuse the fit's scaler: inputs only, never outcomes.)
 */
export function fitArchitect(
  examples: readonly ArchitectExample[],
  measuredAgents: Record<string, number>,
  features: readonly FeatureName[] = ARCHITECT_FEATURES,
  weighting: Weighting = "benchmarks",
  options: FitOptions = {},
): ArchitectModel {
  const multi = examples.filter((e) => e.architecture !== "single");
  const singles = examples.filter((e) => e.architecture === "single");
  if (multi.length === 0 || singles.length === 0) throw new RangeError("the architect's model needs single- and multi-agent runs");
  const design = designOf(multi, features);
  const meanCapability = design.meanCapability;
  const pooled = pooledData(design, multi, weighting);
  const lobo = heldOutGains(design, pooled, (e) => e.benchmark);
  const gainWeight = options.gainWeight === undefined ? gainWeightOf(design, pooled, lobo, weighting) : { weight: options.gainWeight, from: "given" as const };
  // Held-out errors of the prediction as served: the gain shrunk by the weight.
  const held = { errors: lobo.gains.map((g) => g.measured - shrinkGain(g.baseline, g.predicted, gainWeight.weight)), index: lobo.index };
  const newStudy = newStudyErrors(design, pooled, gainWeight.weight);
  const fits = SETTINGS.map(({ lambda, kappa }) => fitRidge(pooled.weighted.rows, pooled.weighted.y, pooledPenalties(design, lambda, kappa)));
  const coefficients = at(fits, 0).coefficients.map((_, j) => mean(fits.map((fit) => at(fit.coefficients, j))));
  const covariance = at(fits, 0).covariance.map((row, a) => row.map((_, b) => mean(fits.map((fit) => at(at(fit.covariance, a), b)))));
  const residuals = pooled.y.map((v, i) => v - dot(coefficients, at(pooled.rows, i)));
  const perArchitecture = Object.fromEntries(design.architectures.map((a) => [a, effectiveCoefficients(design, a, coefficients, covariance)]));
  const withCapability = examples.filter((e) => e.task.capability !== null);
  const reference = {
    tools: mean(multi.map((e) => e.task.tools)),
    decomposability: mean(multi.map((e) => e.task.decomposability)),
    capability: meanCapability,
    baseline: mean(multi.map((e) => e.task.baseline)),
  };
  // Designs with a per-benchmark property (D, the floors' property) have no reference value for it: no tool effect.
  const readable = !design.features.some((f) => f === "D" || f === "property");
  const effect = readable ? toolEffectOf(design, coefficients, reference) : 0;
  const without = (readable ? [...new Set(multi.map((e) => e.benchmark))] : []).map((benchmark) => {
    const idx = multi.flatMap((e, i) => (e.benchmark === benchmark ? [i] : []));
    const block = gramOf(
      idx.map((i) => at(pooled.weighted.rows, i)),
      idx.map((i) => at(pooled.weighted.y, i)),
    );
    return { benchmark, effect: toolEffectOf(design, averagedCoefficients(design, subtractGram(pooled.total, block)), reference) };
  });
  const pull = (w: { effect: number }) => Math.sign(effect) * (effect - w.effect);
  const most = without.reduce<(typeof without)[number] | null>((a, b) => (a === null || pull(b) > pull(a) ? b : a), null);
  return {
    kind: "architect",
    ...design,
    perArchitecture,
    settings: SETTINGS.length,
    gainWeight: gainWeight.weight,
    gainWeightFrom: gainWeight.from,
    innerLoboMae: mean(held.errors.map(Math.abs)),
    sdNewTask: scaleFromErrors(newStudy.length > 0 ? newStudy : held.errors),
    sdNewTaskFrom: newStudy.length > 0 ? "new-study" : "new-benchmark",
    errorCorrelation: errorCorrelation(
      held.errors,
      held.index.map((i) => `${at(multi, i).study}/${at(multi, i).benchmark}/${at(multi, i).model}`),
      held.index.map((i) => at(multi, i).architecture),
    ),
    sdKnownTask: scaleFromErrors(seenBenchmarkErrors(design, pooled)),
    ...benchmarkEffects(residuals, multi),
    baselineModel: fitBaselineModel(withCapability.filter((e) => e.architecture === "single")),
    domain: taskDomain(examples),
    reference,
    measuredAgents,
    toolEffect: { effect, restsOn: most?.benchmark ?? null, effectWithout: most?.effect ?? null },
    rows: examples.length,
  };
}
