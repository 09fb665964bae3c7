import { ABLATION_LABELS, MODEL_LABELS, PERMUTED_PROPERTY_LABELS, TARGET_LABELS } from "./labels";
import type { Floor, Floors, FloorsBeside } from "../model/validation/floors";
import type { PermutationTest } from "../model/validation/permutation";
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

/** The ablations as a table, one row per feature set. */
export function ablationRows(result: { variants: AblationResult[] }, groups: number): { columns: string[]; rows: TableRow[] } {
  return {
    columns: ["LOBO MAE, multi-agent", "decisions right, LOBO", "90% coverage, LOBO"],
    rows: result.variants.map((v) => ({
      label: ABLATION_LABELS[v.key],
      cells: [mae(v.maeLoboMas), count(Math.round(v.decisionLobo * groups), groups), share(v.coverageLobo)],
    })),
  };
}

/**
 * The floors beside the errors (docs/model.md section 4): per benchmark set, LOBO MAE over multi-agent
 * rows and single-vs-multi calls of what a model could reach knowing more, then of the two models.
 */
export function floorRows(beside: { kim: FloorsBeside; pooled: FloorsBeside }): { columns: string[]; rows: TableRow[] } {
  const sets = [
    { label: "Kim's six", column: beside.kim },
    { label: "every benchmark", column: beside.pooled },
  ];
  const calls = (d: { right: number; groups: number } | null) => (d === null ? "—" : count(d.right, d.groups));
  const floorCells = (pick: (f: Floors) => Floor) => sets.flatMap(({ column }) => [mae(pick(column.floors).mae), calls(pick(column.floors).decisions)]);
  return {
    columns: sets.flatMap(({ label }) => [`${label}: LOBO MAE, multi-agent`, `${label}: single vs multi right`]),
    rows: [
      { label: "sampling floor: a model that knew every true rate", cells: floorCells((f) => f.sampling) },
      { label: "benchmark known: its own effects, from its other cells", cells: floorCells((f) => f.benchmarkKnown) },
      { label: "perfect property: each benchmark's true mean gain, learned from the others", cells: floorCells((f) => f.perfectProperty) },
      {
        label: MODEL_LABELS.architect,
        cells: sets.flatMap(({ column }) => [`${mae(column.architect.mae)} ± ${mae(column.architect.se)}`, calls(column.architect.decisions)]),
      },
      { label: MODEL_LABELS.naive, cells: sets.flatMap(({ column }) => [`${mae(column.naive.mae)} ± ${mae(column.naive.se)}`, calls(column.naive.decisions)]) },
    ],
  };
}

/** The permutation test as a table (one row per property) and a sentence on what it can and cannot show. */
export function permutationRows(tests: readonly PermutationTest[]): { columns: string[]; rows: TableRow[]; text: string } {
  const first = tests[0];
  return {
    columns: ["LOBO MAE, true values", "median over assignments", "assignments as good or better", "p"],
    rows: tests.map((t) => ({
      label: PERMUTED_PROPERTY_LABELS[t.property],
      cells: [mae(t.observed), mae(t.medianPermuted), `${t.atLeastAsGood}/${t.assignments}`, formatFixed(t.p, 3)],
    })),
    text:
      first === undefined
        ? ""
        : `Exact permutation test: every one of the ${first.assignments} assignments of the benchmarks' values to the six benchmarks is refitted and scored leaving one benchmark out; p is the share that predict held-out benchmarks at least as well as the true values. ${
            tests.filter((t) => t.p < 0.05).length === 0
              ? "No property, D included, is distinguishable from chance at the 5% level: with six benchmarks the test has little power, so a property's place in the model rests on the argument for it, not on this fit."
              : `Distinguishable from chance at the 5% level: ${tests
                  .filter((t) => t.p < 0.05)
                  .map((t) => PERMUTED_PROPERTY_LABELS[t.property])
                  .join(", ")}.`
          }`,
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
