import { baselineFeatureValues, type BaselineTask } from "./baseline-features";
import { dot, quadraticForm } from "../stats/linear";
import { clip01, pilotSd } from "../predict/prediction";
import { groupEffect, type RandomEffects } from "../stats/random-intercepts";
import { applyScaler, type Scaler } from "../stats/standardize";

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

/**
 * Estimated single-agent success of a task without a pilot, with its standard deviation.
 * For a benchmark the fit has seen (`benchmark`), its shrunken effect is added and the SD shrinks.
 *
 * @example predictBaseline(models.architect.baselineModel, { tools: 5, decomposability: 0.7, capability: 68 }) // { mean: ≈ 0.47, sd: ≈ 0.21 }
 */
export function predictBaseline(model: BaselineModel, task: BaselineTask, benchmark?: string): { mean: number; sd: number } {
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
export function resolveBaseline(
  model: BaselineModel,
  task: BaselineTask & { baseline: number | null; baselineTasks?: number },
  benchmark?: string,
): { value: number; estimated: boolean; sd: number } {
  if (task.baseline !== null) return { value: task.baseline, estimated: false, sd: pilotSd(task.baseline, task.baselineTasks) };
  const estimate = predictBaseline(model, task, benchmark);
  return { value: estimate.mean, estimated: true, sd: estimate.sd };
}
