import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { leastSquares } from "./least-squares";
import { Z90 } from "./random-effects";
import { quadraticForm } from "./ridge";
import { paperTermValues, type PaperInput } from "./paper-terms";
import { applyScaler, fitScaler, type Scaler } from "./standardize";

/** The preprocessing Eq. 1 fits before the coefficients: I-bar and the column scaler. */
export type PaperPreprocessing = { meanIntelligence: number; scaler: Scaler };

/** A fitted Eq. 1 model: plain JSON, so it crosses from server to client unchanged. */
export type PaperModel = PaperPreprocessing & {
  /** Intercept then the 19 terms, in standardized units (the paper's reporting scale). */
  coefficients: number[];
  /** Whether the data pin each coefficient down (see leastSquares). */
  identified: boolean[];
  /** Diagonal of pinv(Z'Z) per coefficient; times residual variance gives its sampling variance. */
  varianceFactors: number[];
  /** pinv(Z'Z) in full, for the variance of a prediction. */
  covarianceFactors: number[][];
  rank: number;
  rows: number;
  rss: number;
};

/** Standardized design row: 1 for the intercept, then the 19 standardized terms. */
function designRow(pre: PaperPreprocessing, input: PaperInput): number[] {
  return [1, ...applyScaler(pre.scaler, paperTermValues(input, pre.meanIntelligence))];
}

/**
 * Fits Eq. 1 by minimum-norm least squares on standardized columns (MODEL.md section 1).
 * Without `preprocessing`, I-bar and the scaler are fitted on `examples`; with it (the paper's
 * 5-fold CV keeps them from all rows), only the coefficients are refitted.
 *
 * @example fitPaperModel(paperExamples(v2Runs, dataset)).rank // 17
 */
export function fitPaperModel(
  examples: readonly { input: PaperInput; successRate: number }[],
  preprocessing?: PaperPreprocessing,
): PaperModel {
  if (examples.length === 0) throw new RangeError("cannot fit Eq. 1 to zero rows");
  let pre = preprocessing;
  if (pre === undefined) {
    const meanIntelligence = examples.reduce((sum, e) => sum + e.input.intelligence, 0) / examples.length;
    pre = { meanIntelligence, scaler: fitScaler(examples.map((e) => paperTermValues(e.input, meanIntelligence))) };
  }
  const fixed = pre;
  const solution = leastSquares(
    examples.map((e) => designRow(fixed, e.input)),
    examples.map((e) => e.successRate),
  );
  return {
    ...fixed,
    coefficients: solution.coefficients,
    identified: solution.identified,
    varianceFactors: solution.varianceFactors,
    covarianceFactors: solution.covarianceFactors,
    rank: solution.rank,
    rows: examples.length,
    rss: solution.rss,
  };
}

/**
 * Eq. 1's predicted success rate of one configuration (unclipped, as the paper's model is linear).
 *
 * @example predictPaper(v3Model, gpt5CentralizedOnFinance) // ≈ 0.6
 */
export function predictPaper(model: PaperModel, input: PaperInput): number {
  const row = designRow(model, input);
  return row.reduce((sum, x, j) => sum + x * (model.coefficients[j] ?? 0), 0);
}

/**
 * Eq. 1's prediction with the SD of a new observation, s·sqrt(1 + z' pinv(Z'Z) z) (OLS prediction
 * interval, s² = RSS/(N - rank)), scaled by t(0.95, N - rank)/z(0.95) so that mean ± 1.645·sd is
 * exactly the t-based 90% interval.
 */
export function predictPaperWithSd(model: PaperModel, input: PaperInput): { mean: number; sd: number } {
  const row = designRow(model, input);
  const mean = row.reduce((sum, x, j) => sum + x * (model.coefficients[j] ?? 0), 0);
  const df = Math.max(model.rows - model.rank, 1);
  const s2 = model.rss / df;
  const sd = Math.sqrt(s2 * (1 + quadraticForm(row, model.covarianceFactors))) * (tQuantile(0.95, df) / Z90);
  return { mean, sd };
}
