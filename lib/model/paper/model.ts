import { dot, quadraticForm } from "../stats/linear";
import { paperTermValues, type PaperInput } from "./terms";
import { applyScaler, type Scaler } from "../stats/standardize";

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
  /** t(0.95, N - rank) / z(0.95): turns a normal SD into the t-based 90% interval's half-width / 1.645. */
  sdFactor: number;
};

/** Standardized design row: 1 for the intercept, then the 19 standardized terms. */
export function designRow(pre: PaperPreprocessing, input: PaperInput): number[] {
  return [1, ...applyScaler(pre.scaler, paperTermValues(input, pre.meanIntelligence))];
}

/**
 * Eq. 1's predicted success rate of one configuration (unclipped, as the paper's model is linear).
 *
 * @example predictPaper(models.paper.v3.model, paperExamples(v3Runs, dataset).find((e) => e.run.benchmark === "finance-agent" && e.run.architecture === "centralized" && e.run.model === "gpt-5")!.input) // ≈ 0.51
 */
export function predictPaper(model: PaperModel, input: PaperInput): number {
  return dot(designRow(model, input), model.coefficients);
}

/**
 * Eq. 1's prediction with the SD of a new observation, s·sqrt(1 + z' pinv(Z'Z) z) (OLS prediction
 * interval, s² = RSS/(N - rank)), scaled by t(0.95, N - rank)/z(0.95) so that mean ± 1.645·sd is
 * exactly the t-based 90% interval.
 */
export function predictPaperWithSd(model: PaperModel, input: PaperInput): { mean: number; sd: number } {
  const row = designRow(model, input);
  const mean = dot(row, model.coefficients);
  const s2 = model.rss / Math.max(model.rows - model.rank, 1);
  const sd = Math.sqrt(s2 * (1 + quadraticForm(row, model.covarianceFactors))) * model.sdFactor;
  return { mean, sd };
}
