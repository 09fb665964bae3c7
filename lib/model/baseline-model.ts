import type { ArchitectExample } from "./architect-examples";
import { baselineFeatureValues, type ArchitectTask } from "./architect-features";
import { estimateRandomEffects, groupEffect, scaleFromErrors, type RandomEffects } from "./random-effects";
import { pilotSd } from "./prediction";
import { dot, fitRidge, quadraticForm } from "./ridge";
import { applyScaler, fitScaler, type Scaler } from "./standardize";

const LAMBDA_GRID = [0.3, 1, 3, 10, 30, 100] as const;

/**
 * The single-agent baseline sub-model: estimates P from what is known without a pilot (capability,
 * decomposability, tools), so that a prediction without a measured baseline still has one, with its
 * uncertainty carried into every downstream interval.
 */
export type BaselineModel = {
  meanCapability: number;
  scaler: Scaler;
  /** [intercept, slopes] on standardized BASELINE_FEATURES. */
  coefficients: number[];
  covariance: number[][];
  lambda: number;
  /** Normal SD of the error on a task unlike any fitted benchmark (held-out-benchmark errors). */
  sdNewTask: number;
  /** Normal SD of the error on a benchmark the fit has seen, with its effect (held-out-model errors). */
  sdKnownTask: number;
  /** Per-benchmark effects, for a benchmark the fit has seen. */
  effects: RandomEffects;
};

type Task = Omit<ArchitectTask, "baseline">;
const clip01 = (x: number) => Math.min(1, Math.max(0, x));

/** Fits the baseline sub-model to single-agent examples; ridge strength by leave-one-benchmark-out MAE. */
export function fitBaselineModel(singles: readonly ArchitectExample[]): BaselineModel {
  const meanCapability = singles.reduce((s, e) => s + e.task.capability, 0) / singles.length;
  const scaler = fitScaler(singles.map((e) => baselineFeatureValues(e.task, meanCapability)));
  const row = (task: Task) => [1, ...applyScaler(scaler, baselineFeatureValues(task, meanCapability))];
  const penalties = (lambda: number) => [0, ...scaler.means.map(() => lambda)];
  const fit = (train: readonly ArchitectExample[], lambda: number) =>
    fitRidge(train.map((e) => row(e.task)), train.map((e) => e.successRate), penalties(lambda));
  const benchmarks = [...new Set(singles.map((e) => e.benchmark))];
  let best = { lambda: LAMBDA_GRID[0] as number, mae: Infinity, errors: [] as number[] };
  for (const lambda of LAMBDA_GRID) {
    const errors = benchmarks.flatMap((held) => {
      const model = fit(singles.filter((e) => e.benchmark !== held), lambda);
      return singles.filter((e) => e.benchmark === held).map((e) => e.successRate - clip01(dot(model.coefficients, row(e.task))));
    });
    const mae = errors.reduce((s, e) => s + Math.abs(e), 0) / errors.length;
    if (mae < best.mae - 1e-12) best = { lambda, mae, errors };
  }
  const final = fit(singles, best.lambda);
  const knownErrors = [...new Set(singles.map((e) => e.run.model))].flatMap((model) => {
    const kept = singles.filter((e) => e.run.model !== model);
    const m = fit(kept, best.lambda);
    const effects = estimateRandomEffects(m.residuals, kept.map((e) => e.benchmark));
    return singles
      .filter((e) => e.run.model === model)
      .map((e) => e.successRate - clip01(dot(m.coefficients, row(e.task)) + (groupEffect(effects, e.benchmark)?.effect ?? 0)));
  });
  return {
    meanCapability,
    scaler,
    coefficients: final.coefficients,
    covariance: final.covariance,
    lambda: best.lambda,
    sdNewTask: scaleFromErrors(best.errors),
    sdKnownTask: scaleFromErrors(knownErrors),
    effects: estimateRandomEffects(final.residuals, singles.map((e) => e.benchmark)),
  };
}

/**
 * Estimated single-agent success of a task without a pilot, with its standard deviation.
 * For a benchmark the fit has seen (`benchmark`), its shrunken effect is added and the SD shrinks.
 *
 * @example predictBaseline(model, { tools: 5, decomposability: 0.7, capability: 68 }) // { mean: 0.4, sd: 0.17 }
 */
export function predictBaseline(model: BaselineModel, task: Task, benchmark?: string): { mean: number; sd: number } {
  const row = [1, ...applyScaler(model.scaler, baselineFeatureValues(task, model.meanCapability))];
  const parameterVariance = quadraticForm(row, model.covariance);
  const known = benchmark === undefined ? null : groupEffect(model.effects, benchmark);
  const mean = dot(model.coefficients, row) + (known?.effect ?? 0);
  const variance = (known === null ? model.sdNewTask : model.sdKnownTask) ** 2 + parameterVariance;
  return { mean: clip01(mean), sd: Math.sqrt(variance) };
}

/**
 * The baseline a prediction uses: the pilot as given (SD: its sampling noise on PILOT_TASKS tasks),
 * or, when `measured` is null, the sub-model's estimate with its SD.
 */
export function resolveBaseline(model: BaselineModel, task: Task & { baseline: number | null }, benchmark?: string): { value: number; estimated: boolean; sd: number } {
  if (task.baseline !== null) return { value: task.baseline, estimated: false, sd: pilotSd(task.baseline) };
  const estimate = predictBaseline(model, task, benchmark);
  return { value: estimate.mean, estimated: true, sd: estimate.sd };
}
