/**
 * When measuring beats predicting (docs/model.md section 4): a pilot that runs a design on k tasks
 * measures its success rate with a sampling error alone, which shrinks with k, while a prediction for
 * a task unlike the stored ones carries the model's held-out error whatever k.
 */

/** The success rate at which pilots are compared with predictions: near the middle, where sampling is noisiest. */
export const PILOT_REFERENCE_SUCCESS = 0.4;

/** sqrt(2/π) ≈ 0.8: E|Z| of a standard normal Z. */
const MEAN_ABS_NORMAL = Math.sqrt(2 / Math.PI);

/**
 * Expected absolute error of a success rate measured on `tasks` tasks at true rate p, by the normal
 * approximation of the binomial: E|p̂ − p| ≈ sqrt(2/π) · sqrt(p(1 − p)/k) ≈ 0.8 · sqrt(p(1 − p)/k).
 * The noise floor of section 4 uses the same formula.
 *
 * @example pilotExpectedError(0.4, 10) // ≈ 0.124
 */
export function pilotExpectedError(p: number, tasks: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a success rate lies in [0, 1], got ${p}`);
  if (!(tasks >= 1)) throw new RangeError(`a pilot runs at least one task, got ${tasks}`);
  return MEAN_ABS_NORMAL * Math.sqrt((p * (1 - p)) / tasks);
}

/**
 * The smallest whole number of pilot tasks whose expected error (pilotExpectedError) at rate p lies
 * strictly below `error`, e.g. a model's held-out mean absolute error.
 *
 * @example pilotTasksToBeat(0.11) // 13 (at p = 0.4: 0.8·sqrt(0.24/13) = 0.108, at 12 tasks 0.113)
 */
export function pilotTasksToBeat(error: number, p: number = PILOT_REFERENCE_SUCCESS): number {
  if (!(error > 0) || !Number.isFinite(error)) throw new RangeError(`an error to beat is positive and finite, got ${error}`);
  // k > (sqrt(2/π)·sqrt(p(1 − p)) / error)²; start just below the bound and step up, so rounding cannot miss it.
  let k = Math.max(1, Math.floor(((MEAN_ABS_NORMAL * Math.sqrt(p * (1 - p))) / error) ** 2));
  while (k > 1 && pilotExpectedError(p, k - 1) < error) k -= 1;
  while (pilotExpectedError(p, k) >= error) k += 1;
  return k;
}
