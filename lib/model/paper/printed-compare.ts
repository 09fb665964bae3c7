import type { Dataset } from "../../data/dataset";
import type { PaperFitReport } from "./reproduce";
import { PAPER_COEFFICIENT_KEYS, type PaperCoefficientKey } from "./terms";

/** Reproduced and printed figures agree when they differ by at most this (docs/model.md section 1). */
export const REPRODUCTION_TOLERANCE = 0.0005;

/** The fit statistics compared with the printed ones (lib/views/labels.ts names them). */
export type FitFigureKey = "rows" | "meanIntelligence" | "rank" | "r2Train" | "r2CvMean" | "r2CvSd" | "aic";

/** One figure of a fit beside its printed value. */
export type FigureComparison = {
  key: string;
  reproduced: number;
  printed: number | null;
  /** Decimals the printed figure carries (AIC has 2, the rest 4; counts 0). */
  decimals: number;
  /** |reproduced - printed| within the printed precision, or null when nothing was printed. */
  matches: boolean | null;
};

function compare<K extends string>(key: K, reproduced: number, printed: number | null, decimals: number): FigureComparison & { key: K } {
  const tolerance = decimals >= 4 ? REPRODUCTION_TOLERANCE : 0.5 * 10 ** -decimals;
  return { key, reproduced, printed, decimals, matches: printed === null ? null : Math.abs(reproduced - printed) <= tolerance };
}

/** The fit statistics of a reproduction beside the printed ones in data/paper-fits.csv. */
export function compareFitFigures(report: PaperFitReport, dataset: Pick<Dataset, "paperFits">): (FigureComparison & { key: FitFigureKey })[] {
  const printed = dataset.paperFits.find((f) => f.fit === report.fit);
  return [
    compare("rows", report.rows, printed?.rows ?? null, 0),
    compare("meanIntelligence", report.meanIntelligence, printed?.mean_intelligence ?? null, 4),
    compare("rank", report.rank, printed?.rank ?? null, 0),
    compare("r2Train", report.r2Train, printed?.r2_train ?? null, 4),
    compare("r2CvMean", report.r2CvMean, printed?.r2_cv_mean ?? null, 4),
    compare("r2CvSd", report.r2CvSd, printed?.r2_cv_sd ?? null, 4),
    compare("aic", report.aic, printed?.aic ?? null, 2),
  ];
}

/** One coefficient of a reproduction beside its printed value (null for non-identified terms). */
export type CoefficientComparison = FigureComparison & { key: PaperCoefficientKey; identified: boolean };

/** The 20 coefficients of a reproduction beside the printed identified ones in data/paper-coefficients.csv. */
export function compareCoefficients(report: PaperFitReport, dataset: Pick<Dataset, "paperCoefficients">): CoefficientComparison[] {
  const printed = new Map(dataset.paperCoefficients.filter((c) => c.fit === report.fit).map((c) => [c.term, c.coefficient]));
  return PAPER_COEFFICIENT_KEYS.map((key) => ({
    ...compare(key, report.coefficients[key], printed.get(key) ?? null, 4),
    key,
    identified: report.identified[key],
  }));
}
