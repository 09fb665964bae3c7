import type { FitFigureKey } from "../model/paper/printed-compare";
import { PAPER_TERMS, type PaperCoefficientKey } from "../model/paper/terms";
import type { AblationKey } from "../model/validation/ablations";
import type { PermutedProperty } from "../model/validation/permutation";
import type { ValidatedModelKey } from "../model/validation/models";
import type { ValidationTarget } from "../model/validation/targets";

/**
 * The words for what lib/model names by key: lib/model decides and never writes English, so every
 * label a page or the CLI shows for a model, target, ablation or reproduced figure comes from here.
 */

/** The validated models' column headers. */
export const MODEL_LABELS: Record<ValidatedModelKey, string> = {
  naive: "naive (multi = single)",
  paper: "paper (Eq. 1)",
  architect: "architect (with pilot)",
  architectNoPilot: "architect (no pilot)",
};

/** Each target of the architect's model, by the metric it bounds. */
export const TARGET_LABELS: Record<ValidationTarget["metric"], string> = {
  maeLoboMas: "leave-one-benchmark-out MAE over multi-agent runs ≤ 0.12",
  decisionLobo: "single-vs-multi decisions right under leave-one-benchmark-out in ≥ 80% of groups",
  maeCv: "5-fold MAE ≤ 0.10",
  coverageCv: "90% intervals cover 85-95% of held-out runs, 5-fold",
  coverageLobo: "90% intervals cover 85-95% of held-out runs, leave-one-benchmark-out",
};

/** The ablations' feature sets. */
export const ABLATION_LABELS: Record<AblationKey, string> = {
  "as-fitted": "architect's model (as fitted)",
  "without-d": "without decomposability",
  "without-interactions": "without the baseline's interactions",
  "printed-d": "with Kim et al.'s printed d instead of the rubric's",
  "with-D": "with domain complexity D (not an input)",
};

/** The task properties the permutation test reassigns. */
export const PERMUTED_PROPERTY_LABELS: Record<PermutedProperty, string> = {
  T: "tool count T",
  d: "decomposability d",
  "T+d": "T and d together",
  D: "domain complexity D (not an input)",
};

/** The fit statistics of a reproduction. */
export const FIT_FIGURE_LABELS: Record<FitFigureKey, string> = {
  rows: "Rows",
  meanIntelligence: "Mean intelligence Ī",
  rank: "Rank of the design (of 20)",
  r2Train: "R² train",
  r2CvMean: "R² CV, mean of 5 folds",
  r2CvSd: "R² CV, SD over folds",
  aic: "AIC",
};

/** A coefficient of Eq. 1 as the paper prints it: "intercept", "I²", "P·log(1+n)". */
export function coefficientLabel(key: PaperCoefficientKey): string {
  return key === "intercept" ? "intercept" : (PAPER_TERMS.find((t) => t.key === key)?.label ?? key);
}

/** A reproduced figure or coefficient with the label a table shows beside it. */
export type Labelled<T> = T & { label: string };
