import { mean } from "simple-statistics";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { leastSquares } from "../stats/least-squares";
import { designRow, type PaperModel, type PaperPreprocessing } from "./model";
import { paperTermValues, type PaperInput } from "./terms";
import { fitScaler } from "../stats/standardize";
import { Z90 } from "../stats/normal";

/**
 * Fits Eq. 1 by minimum-norm least squares on standardized columns (docs/model.md section 1).
 * Without `preprocessing`, I-bar and the scaler are fitted on `examples`; with it (the paper's
 * 5-fold CV keeps them from all rows), only the coefficients are refitted.
 *
 * @example fitPaperModel(paperExamples(v2Runs, dataset)).rank // 17
 */
export function fitPaperModel(examples: readonly { input: PaperInput; successRate: number }[], preprocessing?: PaperPreprocessing): PaperModel {
  if (examples.length === 0) throw new RangeError("cannot fit Eq. 1 to zero rows");
  let pre = preprocessing;
  if (pre === undefined) {
    const meanIntelligence = mean(examples.map((e) => e.input.intelligence));
    pre = { meanIntelligence, scaler: fitScaler(examples.map((e) => paperTermValues(e.input, meanIntelligence))) };
  }
  const fixed = pre;
  const solution = leastSquares(
    examples.map((e) => designRow(fixed, e.input)),
    examples.map((e) => e.successRate),
  );
  const df = Math.max(examples.length - solution.rank, 1);
  return {
    ...fixed,
    coefficients: solution.coefficients,
    identified: solution.identified,
    varianceFactors: solution.varianceFactors,
    covarianceFactors: solution.covarianceFactors,
    rank: solution.rank,
    rows: examples.length,
    rss: solution.rss,
    sdFactor: tQuantile(0.95, df) / Z90,
  };
}
