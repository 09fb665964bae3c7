import { ABLATION_LABELS, MODEL_LABELS, TARGET_LABELS } from "./labels";
import { formatFixed, formatPercent } from "../format/numbers";
import { loboMasWithSe, type ModelValidation, type ValidationReport } from "../model/validation/harness";
import type { AblationResult } from "../model/validation/ablations";
import { meetsTarget, VALIDATION_TARGETS } from "../model/validation/targets";

/** A row of a text table: its label and one formatted cell per column. */
export type TableRow = { label: string; cells: string[] };

export const mae = (x: number) => formatFixed(x, 3);
export const share = (x: number | null) => (x === null ? "—" : formatPercent(x, 1));
export const count = (n: number, of: number) => `${n}/${of} (${formatPercent(n / of, 0)})`;

/** The noise floor in a sentence: what sampling alone leaves a perfect model. */
export function noiseFloorText(report: ValidationReport): string {
  return `Noise floor: sampling alone gives a perfect model an MAE of ${mae(report.noiseFloor.maeMas)} on multi-agent runs (${mae(report.noiseFloor.mae)} on all).`;
}

/** The decision ceiling in a sentence: how often a model knowing every true rate would agree with a re-measurement. */
export function ceilingText(ceiling: { mean: number; p05: number; p95: number }): string {
  return `Decision ceiling: a model that knew every true rate would agree with a re-measurement in ${share(ceiling.mean)} of groups (5-95%: ${share(ceiling.p05)}-${share(ceiling.p95)}).`;
}

/** The ablations as a table (one row per feature set) and the placebo control as a sentence. */
export function ablationRows(result: { variants: AblationResult[]; placebo: { draws: number[]; median: number; best: number } }, groups: number): { columns: string[]; rows: TableRow[]; placebo: string } {
  return {
    columns: ["LOBO MAE, multi-agent", "decisions right, LOBO", "90% coverage, LOBO"],
    rows: result.variants.map((v) => ({ label: ABLATION_LABELS[v.key], cells: [mae(v.maeLoboMas), count(Math.round(v.decisionLobo * groups), groups), share(v.coverageLobo)] })),
    placebo: `Placebo control: ${result.placebo.draws.length} random per-benchmark properties, added to the model the way D is, give a LOBO MAE of ${mae(result.placebo.median)} (median), ${mae(result.placebo.best)} at best.`,
  };
}

/** The validation table, one row per figure and one column per model: the CLI and the page both show it. */
export function validationRows(report: ValidationReport): { columns: string[]; rows: TableRow[] } {
  const models = report.models;
  const groups = models[0]?.decisions.cv.groups ?? 0;
  const row = (label: string, f: (m: ModelValidation) => string): TableRow => ({ label, cells: models.map(f) });
  return {
    columns: models.map((m) => MODEL_LABELS[m.key]),
    rows: [
      row("R² 5-fold (mean ± SD)", (m) => `${formatFixed(m.r2CvMean, 3)} ± ${formatFixed(m.r2CvSd, 3)}`),
      row("MAE 5-fold", (m) => mae(m.maeCv)),
      row("MAE 5-fold, multi-agent runs", (m) => mae(m.maeCvMas)),
      row("MAE leave-one-benchmark-out", (m) => mae(m.maeLobo)),
      row("MAE LOBO, multi-agent runs (± SE over benchmarks)", (m) => `${mae(m.maeLoboMas)} ± ${mae(loboMasWithSe(report, m).se)}`),
      row("MAE leave-one-model-out", (m) => mae(m.maeLomo)),
      row("single vs multi right, 5-fold", (m) => count(m.decisions.cv.singleVsMulti, groups)),
      row("single vs multi right, LOBO", (m) => count(m.decisions.lobo.singleVsMulti, groups)),
      row("exact best architecture, 5-fold", (m) => count(m.decisions.cv.exactBest, groups)),
      row("exact best architecture, LOBO", (m) => count(m.decisions.lobo.exactBest, groups)),
      row("90% interval coverage, 5-fold", (m) => share(m.coverageCv)),
      row("90% interval coverage, LOBO", (m) => share(m.coverageLobo)),
      row("90% coverage LOBO, multi-agent runs", (m) => share(m.coverageLoboMas)),
    ],
  };
}

/** Held-out-benchmark MAE over multi-agent runs, one row per benchmark and one column per model. */
export function benchmarkRows(report: ValidationReport): { columns: string[]; rows: TableRow[] } {
  const models = report.models;
  return {
    columns: models.map((m) => MODEL_LABELS[m.key]),
    rows: (models[0]?.byBenchmark ?? []).map((b, i) => ({ label: b.benchmark, cells: models.map((m) => mae(m.byBenchmark[i]?.maeMas ?? Number.NaN)) })),
  };
}

/** The targets of the architect's model (with pilot), each with its figure and whether it is met. */
export function targetRows(report: ValidationReport): { label: string; value: string; met: boolean }[] {
  const architect = report.models.find((m) => m.key === "architect");
  if (architect === undefined) return [];
  return VALIDATION_TARGETS.map((t) => {
    const { value, met } = meetsTarget(t, architect);
    return { label: TARGET_LABELS[t.metric], value: value === null ? "—" : t.metric.startsWith("mae") ? mae(value) : share(value), met };
  });
}
