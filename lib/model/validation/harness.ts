import { computedOnce } from "../serving/disk-cache";
import { mean, standardDeviation } from "simple-statistics";
import type { Dataset } from "../../data/dataset";
import type { Run } from "../../data/schemas";
import { rSquared } from "../stats/cross-validation";
import { noiseFloor } from "./noise";
import { rowSetRuns, type RowSet } from "../../data/row-sets";
import { normalQuantile } from "../stats/normal";
import { clip01 } from "../predict/prediction";
import { decisionScores, type DecisionScores } from "./decisions";
import { VALIDATED_MODELS, type FoldPredictor, type HeldOut, type Scheme, type ValidatedModel } from "./models";
import { at } from "../stats/checked";
import { clusteredMae, type ClusteredMae } from "./pooled";

/** Nominal levels of the interval-calibration curve. */
export const CALIBRATION_LEVELS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95] as const;

/**
 * 5-fold CV fold of each run: the paper's folds (fold_v2 / fold_v3). In "all", the ten runs outside
 * the paper's v3 fit get folds 0-4 in turn, in file order.
 */
export function cvFolds(runs: readonly Run[], rowSet: RowSet): number[] {
  let next = 0;
  return runs.map((r) => {
    const fold = rowSet === "v2" ? r.fold_v2 : r.fold_v3;
    return fold ?? next++ % 5;
  });
}

/** Whether a measured value lies in a held-out prediction's interval at `level`; null without one. */
function inside(h: HeldOut, measured: number, level = 0.9): boolean | null {
  if (h.sd === null) return null;
  const z = normalQuantile(level);
  return measured >= clip01(h.mean - z * h.sd) - 1e-12 && measured <= clip01(h.mean + z * h.sd) + 1e-12;
}

/** Predicts every run once, from a fit that held out its group (fold, benchmark or model). */
export function heldOutPredictions(predict: FoldPredictor, groupOf: readonly (string | number)[], scheme: Scheme): HeldOut[] {
  const out: HeldOut[] = new Array<HeldOut>(groupOf.length);
  for (const group of [...new Set(groupOf)]) {
    const test = groupOf.flatMap((g, i) => (g === group ? [i] : []));
    const train = groupOf.flatMap((g, i) => (g === group ? [] : [i]));
    predict(train, test, scheme).forEach((h, k) => (out[at(test, k)] = h));
  }
  return out;
}

/** The level each run's decision uses: the pilot for a single agent that has one, else the prediction. */
const decisionLevels = (held: readonly HeldOut[]) => held.map((h) => h.decisionMean ?? h.mean);

const meanOf = (values: readonly number[]) => (values.length === 0 ? Number.NaN : mean([...values]));
export const maeOf = (runs: readonly Run[], held: readonly HeldOut[], keep: (r: Run) => boolean = () => true) =>
  meanOf(runs.flatMap((r, i) => (keep(r) ? [Math.abs(r.success_rate - at(held, i, "held-out predictions").mean)] : [])));
export const coverageOf = (runs: readonly Run[], held: readonly HeldOut[], level = 0.9, keep: (r: Run) => boolean = () => true) => {
  const hits = runs.flatMap((r, i) => (keep(r) ? [inside(at(held, i, "held-out predictions"), r.success_rate, level)] : []));
  return hits.some((h) => h === null) ? null : meanOf(hits.map((h) => (h ? 1 : 0)));
};
export const isMulti = (r: Run) => r.architecture !== "single";

/** Every figure of one model on one row set (docs/model.md section 4). Fractions in [0, 1]; null where it does not apply. */
export type ModelValidation = {
  key: ValidatedModel["key"];
  r2CvMean: number;
  r2CvSd: number;
  maeCv: number;
  maeCvMas: number;
  maeLobo: number;
  maeLoboMas: number;
  maeLomo: number;
  maeLomoMas: number;
  decisionCv: number;
  decisionLobo: number;
  exactBestCv: number;
  exactBestLobo: number;
  coverageCv: number | null;
  coverageLobo: number | null;
  coverageCvMas: number | null;
  coverageLoboMas: number | null;
  decisions: { cv: DecisionScores; lobo: DecisionScores };
  /** Share of held-out runs inside the interval at each nominal level (the calibration curve). */
  calibration: { level: number; cv: number | null; lobo: number | null }[];
  /** Held-out MAE over multi-agent runs and 90% coverage, per held-out benchmark. */
  byBenchmark: { benchmark: string; maeMas: number; coverageMas: number | null }[];
  /** Held-out prediction of every run, in row-set order. */
  heldOut: { cv: HeldOut[]; lobo: HeldOut[] };
};

/** The whole harness on one row set. */
export type ValidationReport = {
  rowSet: RowSet;
  runs: Run[];
  /** Expected |error| of a perfect model from binomial sampling alone, over multi-agent runs and all runs. */
  noiseFloor: { maeMas: number; mae: number };
  models: ModelValidation[];
};

/** Validates one model on a row set: 5-fold CV on the paper's folds, leave-one-benchmark-out, leave-one-model-out. */
export function validateModel(model: ValidatedModel, runs: readonly Run[], dataset: Dataset, rowSet: RowSet): ModelValidation {
  const predict = model.prepare(runs, dataset);
  const folds = cvFolds(runs, rowSet);
  const cv = heldOutPredictions(predict, folds, "cv");
  const lobo = heldOutPredictions(
    predict,
    runs.map((r) => r.benchmark),
    "lobo",
  );
  const lomo = heldOutPredictions(
    predict,
    runs.map((r) => r.model),
    "lomo",
  );
  const foldR2 = [...new Set(folds)]
    .sort((a, b) => a - b)
    .map((f) => {
      const idx = folds.flatMap((g, i) => (g === f ? [i] : []));
      return rSquared(
        idx.map((i) => at(runs, i).success_rate),
        idx.map((i) => at(cv, i, "held-out predictions").mean),
      );
    });
  const architectures = dataset.architectures.map((a) => a.architecture);
  const decisionsCv = decisionScores(runs, decisionLevels(cv), architectures);
  const decisionsLobo = decisionScores(runs, decisionLevels(lobo), architectures);
  return {
    key: model.key,
    r2CvMean: meanOf(foldR2),
    r2CvSd: foldR2.length > 1 ? standardDeviation(foldR2) : 0,
    maeCv: maeOf(runs, cv),
    maeCvMas: maeOf(runs, cv, isMulti),
    maeLobo: maeOf(runs, lobo),
    maeLoboMas: maeOf(runs, lobo, isMulti),
    maeLomo: maeOf(runs, lomo),
    maeLomoMas: maeOf(runs, lomo, isMulti),
    decisionCv: decisionsCv.singleVsMulti / decisionsCv.groups,
    decisionLobo: decisionsLobo.singleVsMulti / decisionsLobo.groups,
    exactBestCv: decisionsCv.exactBest / decisionsCv.groups,
    exactBestLobo: decisionsLobo.exactBest / decisionsLobo.groups,
    coverageCv: coverageOf(runs, cv),
    coverageLobo: coverageOf(runs, lobo),
    coverageCvMas: coverageOf(runs, cv, 0.9, isMulti),
    coverageLoboMas: coverageOf(runs, lobo, 0.9, isMulti),
    decisions: { cv: decisionsCv, lobo: decisionsLobo },
    calibration: CALIBRATION_LEVELS.map((level) => ({ level, cv: coverageOf(runs, cv, level), lobo: coverageOf(runs, lobo, level) })),
    byBenchmark: [...new Set(runs.map((r) => r.benchmark))].map((benchmark) => {
      const keep = (r: Run) => r.benchmark === benchmark && isMulti(r);
      return { benchmark, maeMas: maeOf(runs, lobo, keep), coverageMas: coverageOf(runs, lobo, 0.9, keep) };
    }),
    heldOut: { cv, lobo },
  };
}

/**
 * Runs the harness on a row set for every model (naive, paper, architect with and without pilot). On
 * the v3 runs the paper's LOBO multi-agent MAE is 0.165 (harness.test.ts checks the reference figures).
 */
export function validate(dataset: Dataset, rowSet: RowSet, models: readonly ValidatedModel[] = VALIDATED_MODELS): ValidationReport {
  const runs = rowSetRuns(dataset.runs, rowSet);
  return { rowSet, runs, noiseFloor: noiseFloor(runs, dataset), models: models.map((m) => validateModel(m, runs, dataset, rowSet)) };
}

/** validate on the stored data, once per row set, sources and data version (computedOnce): tests, Next's build and the CLI share it. */
export function cachedValidation(dataset: Dataset, rowSet: RowSet): ValidationReport {
  return computedOnce(`validation-${rowSet}`, dataset.version, () => validate(dataset, rowSet));
}

/**
 * A model's LOBO MAE over multi-agent runs with its standard error over the held-out benchmarks
 * (clustered: errors of one benchmark move together).
 */
export function loboMasWithSe(report: Pick<ValidationReport, "runs">, model: Pick<ModelValidation, "heldOut">): ClusteredMae {
  const multi = report.runs.flatMap((r, i) => (isMulti(r) ? [i] : []));
  return clusteredMae(
    multi.map((i) => Math.abs(at(report.runs, i).success_rate - at(model.heldOut.lobo, i, "held-out predictions").mean)),
    multi.map((i) => at(report.runs, i).benchmark),
  );
}
