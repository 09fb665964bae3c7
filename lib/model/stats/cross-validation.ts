import { mean, standardDeviation } from "simple-statistics";
import { at } from "./checked";

/**
 * R² of predictions against actual values: 1 - SS_res / SS_tot, SS_tot around the mean of `actual`.
 * Returns NaN when `actual` is constant.
 *
 * @example rSquared([1, 2, 3], [1, 2, 4]) // 0.5
 */
export function rSquared(actual: readonly number[], predicted: readonly number[]): number {
  const center = mean([...actual]);
  let ssRes = 0;
  let ssTot = 0;
  actual.forEach((y, i) => {
    ssRes += (y - at(predicted, i)) ** 2;
    ssTot += (y - center) ** 2;
  });
  return ssTot > 0 ? 1 - ssRes / ssTot : Number.NaN;
}

export type CrossValidation = {
  /** Held-out prediction of every example, in input order. */
  predictions: number[];
  /** R² within each fold, in ascending fold order. */
  foldR2: number[];
  /** Mean of the per-fold R² (the paper's R² CV). */
  r2Mean: number;
  /** Population SD of the per-fold R² (docs/model.md's "± SD over folds"). */
  r2Sd: number;
};

/**
 * K-fold cross-validation with given folds: for each fold, fit on the other folds and predict it.
 * The caller's `fit` decides what is refitted (the paper's CV keeps the scaler from all rows).
 */
export function crossValidate<E, M>(
  examples: readonly E[],
  foldOf: (example: E) => number,
  fit: (train: E[]) => M,
  predict: (model: M, example: E) => number,
  actual: (example: E) => number,
): CrossValidation {
  const folds = [...new Set(examples.map(foldOf))].sort((a, b) => a - b);
  const predictions = new Array<number>(examples.length).fill(Number.NaN);
  const foldR2 = folds.map((fold) => {
    const test = examples.map((e, i) => ({ e, i })).filter(({ e }) => foldOf(e) === fold);
    const model = fit(examples.filter((e) => foldOf(e) !== fold));
    const predicted = test.map(({ e, i }) => (predictions[i] = predict(model, e)));
    return rSquared(
      test.map(({ e }) => actual(e)),
      predicted,
    );
  });
  return { predictions, foldR2, r2Mean: mean(foldR2), r2Sd: foldR2.length > 1 ? standardDeviation(foldR2) : 0 };
}
