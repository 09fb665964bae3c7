import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import type { Dataset } from "../../data/dataset";
import { paperFitRuns } from "../../data/row-sets";
import type { PaperFitName, Run } from "../../data/schemas";
import { crossValidate, rSquared } from "../stats/cross-validation";
import { paperExamples } from "./paper-examples";
import { fitPaperModel } from "./paper-fit";
import { predictPaper, type PaperModel } from "./model";
import { PAPER_COEFFICIENT_KEYS, type PaperCoefficientKey } from "./terms";
import { at } from "../stats/checked";

type ByCoefficient<T> = Record<PaperCoefficientKey, T>;

/** One coefficient's inference: only for identified coefficients (null otherwise). */
export type CoefficientInference = { standardError: number; t: number; p: number; ci95: [number, number] } | null;

/** Everything docs/model.md section 1 asks of a reproduction, for one of the paper's row sets. */
export type PaperFitReport = {
  fit: PaperFitName;
  rows: number;
  rank: number;
  /** I-bar of the fitted rows, e.g. 56.8889 for v2. */
  meanIntelligence: number;
  r2Train: number;
  r2CvMean: number;
  r2CvSd: number;
  /** AIC = 2k - 2 ln L, k = rank, Gaussian log-likelihood at sigma² = RSS/N. */
  aic: number;
  /** Residual degrees of freedom N - rank. */
  df: number;
  /** Standardized coefficients (minimum-norm solution). */
  coefficients: ByCoefficient<number>;
  identified: ByCoefficient<boolean>;
  inference: ByCoefficient<CoefficientInference>;
  cvFoldR2: number[];
  model: PaperModel;
};

/** The CV fold the paper gave a run in a fit (throws for a run outside that fit). */
export function paperFold(run: Run, fit: PaperFitName): number {
  const fold = fit === "v2" ? run.fold_v2 : run.fold_v3;
  if (fold === null) throw new Error(`run ${run.benchmark}/${run.architecture}/${run.model} has no ${fit} fold`);
  return fold;
}

function byCoefficient<T>(values: (i: number) => T): ByCoefficient<T> {
  return Object.fromEntries(PAPER_COEFFICIENT_KEYS.map((key, i) => [key, values(i)])) as ByCoefficient<T>;
}

/**
 * Fits Eq. 1 to the paper's v2 or v3 rows and computes the figures docs/model.md section 1 lists:
 * R² train, 5-fold R² CV on the paper's folds (scaler kept from all rows), AIC, rank, I-bar,
 * and per identified coefficient its standard error, t, two-sided p and 95% interval (t, N - rank df).
 *
 * @example reproducePaperFit(dataset, "v2").r2CvMean // 0.5241 (to 4 decimals)
 */
export function reproducePaperFit(dataset: Dataset, fit: PaperFitName): PaperFitReport {
  const examples = paperExamples(paperFitRuns(dataset.runs, fit), dataset);
  const model = fitPaperModel(examples);
  const actual = examples.map((e) => e.successRate);
  const r2Train = rSquared(
    actual,
    examples.map((e) => predictPaper(model, e.input)),
  );
  const cv = crossValidate(
    examples,
    (e) => paperFold(e.run, fit),
    (train) => fitPaperModel(train, model),
    (m, e) => predictPaper(m, e.input),
    (e) => e.successRate,
  );
  const n = examples.length;
  const logLikelihood = (-n / 2) * (Math.log((2 * Math.PI * model.rss) / n) + 1);
  const df = n - model.rank;
  const sigma2 = model.rss / df;
  const tCritical = tQuantile(0.975, df);
  const inference = byCoefficient<CoefficientInference>((i) => {
    if (!model.identified[i]) return null;
    const b = at(model.coefficients, i);
    const standardError = Math.sqrt(sigma2 * at(model.varianceFactors, i));
    const t = b / standardError;
    return { standardError, t, p: 2 * (1 - tCdf(Math.abs(t), df)), ci95: [b - tCritical * standardError, b + tCritical * standardError] };
  });
  return {
    fit,
    rows: n,
    rank: model.rank,
    meanIntelligence: model.meanIntelligence,
    r2Train,
    r2CvMean: cv.r2Mean,
    r2CvSd: cv.r2Sd,
    aic: 2 * model.rank - 2 * logLikelihood,
    df,
    coefficients: byCoefficient((i) => at(model.coefficients, i)),
    identified: byCoefficient((i) => at(model.identified, i)),
    inference,
    cvFoldR2: cv.foldR2,
    model,
  };
}
