import { clip01 } from "../predict/prediction";

/**
 * Shrinking the predicted multi-agent gain toward zero (docs/model.md section 2, "Shrinking the gain").
 * Held out of a study, the model's predicted gains over the single agent are too large: a served
 * prediction is P + w·(model − P), the single agent's level plus w times the model's gain, with w in
 * [0, 1] learned out of study inside the fit's own evidence (stacking the model with the naive rule
 * "multi-agent = single-agent", which is w = 0).
 */

/** A multi-agent row held out of its study: its measured success, its single agent's level P and the unshrunk prediction. */
export type HeldOutGain = { measured: number; baseline: number; predicted: number };

/**
 * The prediction shrunk toward the single agent: P + w·(predicted − P), clipped to [0, 1].
 *
 * @example shrinkGain(0.4, 0.6, 0.5) // 0.5
 */
export function shrinkGain(baseline: number, predicted: number, weight: number): number {
  return clip01(baseline + weight * (predicted - baseline));
}

/**
 * The weight that minimizes the weighted squared error of the shrunk predictions on held-out rows,
 * Σ ω (r − w·g)² with g = predicted − P and r = measured − P: w = Σ ω g r / Σ ω g², clamped to [0, 1]
 * (the fit's own loss and row weights ω: the weight is one more coefficient of the same regression,
 * fitted on out-of-study predictions; squared error because the decision rule weighs expected success).
 * The clipping of a served prediction to [0, 1] is left out of the fit. 1 when no row has a predicted gain.
 *
 * @example fitGainWeight([{ measured: 0.5, baseline: 0.4, predicted: 0.6 }, { measured: 0.4, baseline: 0.4, predicted: 0.6 }]) // 0.25
 */
export function fitGainWeight(rows: readonly HeldOutGain[], weights: readonly number[] = rows.map(() => 1)): number {
  if (weights.length !== rows.length) throw new RangeError(`fitGainWeight: ${rows.length} rows, ${weights.length} weights`);
  let gr = 0;
  let gg = 0;
  rows.forEach((row, i) => {
    const g = row.predicted - row.baseline;
    const omega = weights[i] as number;
    gr += omega * g * (row.measured - row.baseline);
    gg += omega * g * g;
  });
  return gg > 0 ? Math.min(1, Math.max(0, gr / gg)) : 1;
}
