import { mean } from "simple-statistics";
import { baselineFeatureValues, type BaselineTask } from "./baseline-features";
import type { BaselineModel } from "./baseline-predict";
import { dot } from "../stats/linear";
import { clip01 } from "../predict/prediction";
import { groupEffect } from "../stats/random-intercepts";
import { estimateRandomEffects, scaleFromErrors } from "../stats/random-intercepts-fit";
import { fitRidge } from "../stats/ridge";
import { applyScaler, fitScaler } from "../stats/standardize";

/** A single-agent run as the sub-model learns from it (an architect example of the single agent). */
export type BaselineExample = { benchmark: string; model: string; task: BaselineTask; successRate: number };

const LAMBDA_GRID = [0.3, 1, 3, 10, 30, 100] as const;

/** Fits the baseline sub-model to single-agent examples; ridge strength by leave-one-benchmark-out MAE. */
export function fitBaselineModel(singles: readonly BaselineExample[]): BaselineModel {
  const meanCapability = mean(
    singles.map((e) => {
      if (e.task.capability === null) throw new RangeError(`the baseline sub-model needs a capability index (${e.model} has none)`);
      return e.task.capability;
    }),
  );
  const scaler = fitScaler(singles.map((e) => baselineFeatureValues(e.task, meanCapability)));
  const row = (task: BaselineTask) => [1, ...applyScaler(scaler, baselineFeatureValues(task, meanCapability))];
  const penalties = (lambda: number) => [0, ...scaler.means.map(() => lambda)];
  const fit = (train: readonly BaselineExample[], lambda: number) =>
    fitRidge(
      train.map((e) => row(e.task)),
      train.map((e) => e.successRate),
      penalties(lambda),
    );
  const benchmarks = [...new Set(singles.map((e) => e.benchmark))];
  let best = { lambda: LAMBDA_GRID[0] as number, mae: Infinity, errors: [] as number[] };
  for (const lambda of LAMBDA_GRID) {
    const errors = benchmarks.flatMap((held) => {
      const model = fit(
        singles.filter((e) => e.benchmark !== held),
        lambda,
      );
      return singles.filter((e) => e.benchmark === held).map((e) => e.successRate - clip01(dot(model.coefficients, row(e.task))));
    });
    const mae = mean(errors.map(Math.abs));
    if (mae < best.mae - 1e-12) best = { lambda, mae, errors };
  }
  const final = fit(singles, best.lambda);
  const knownErrors = [...new Set(singles.map((e) => e.model))].flatMap((model) => {
    const kept = singles.filter((e) => e.model !== model);
    const m = fit(kept, best.lambda);
    const effects = estimateRandomEffects(
      m.residuals,
      kept.map((e) => e.benchmark),
    );
    return singles
      .filter((e) => e.model === model)
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
    effects: estimateRandomEffects(
      final.residuals,
      singles.map((e) => e.benchmark),
    ),
  };
}
