import { z } from "zod";
import type { Dataset } from "../data/dataset";
import { formatFixed, formatPercent } from "../format/numbers";
import { decisionNoiseCeiling } from "../model/noise";
import { ROW_SETS, validate, type ModelValidation, type ValidationReport } from "../model/validation";
import { runAblations } from "../model/validation-ablations";
import { meetsTarget, VALIDATION_TARGETS } from "../model/validation-targets";
import type { FlagSpec } from "./flags";
import { formatTextTable } from "./text-table";

export const validateFlags: FlagSpec[] = [
  { name: "rows", type: "string", value: ROW_SETS.join("|"), description: "row set: the paper's v2 (180 runs), v3 (260, default) or all 270" },
  { name: "json", type: "boolean", description: "print one JSON object and nothing else" },
  { name: "ablations", type: "boolean", description: "also run the architect model's ablations (slower)" },
  { name: "help", type: "boolean", description: "show this help" },
];

export const ValidateFlagsSchema = z.object({
  rows: z.enum(ROW_SETS, { error: (issue) => `expected one of ${ROW_SETS.join(", ")}, got ${JSON.stringify(issue.input)}` }).default("v3"),
  json: z.boolean().default(false),
  ablations: z.boolean().default(false),
  help: z.boolean().default(false),
});

const JSON_METRICS = ["r2CvMean", "maeCv", "maeLobo", "maeLoboMas", "decisionCv", "decisionLobo", "exactBestCv", "exactBestLobo", "coverageCv", "coverageLobo"] as const;

/** The JSON validate --json prints: the ten figures of naive, paper and architect (with pilot). */
export function validateJson(report: ValidationReport) {
  const pick = (m: ModelValidation) => Object.fromEntries(JSON_METRICS.map((k) => [k, m[k] === null || Number.isNaN(m[k]) ? null : m[k]]));
  const byKey = (key: ModelValidation["key"]) => report.models.find((m) => m.key === key);
  const models: Record<string, Record<string, number | null>> = {};
  for (const key of ["naive", "paper", "architect"] as const) {
    const m = byKey(key);
    if (m !== undefined) models[key] = pick(m);
  }
  return { rows: report.rowSet, models };
}

const mae = (x: number) => formatFixed(x, 3);
const share = (x: number | null) => (x === null ? "—" : formatPercent(x, 1));
const count = (n: number, of: number) => `${n}/${of} (${formatPercent(n / of, 0)})`;

/** validate's readable report: every figure side by side, the noise floor, the targets, the benchmarks. */
export function validateText(report: ValidationReport, dataset: Dataset, ablations: boolean): string {
  const models = report.models;
  const groups = models[0]?.decisions.cv.groups ?? 0;
  const row = (label: string, f: (m: ModelValidation) => string) => [label, ...models.map(f)];
  const table = formatTextTable(
    [{ header: "", align: "left" }, ...models.map((m) => ({ header: m.label, align: "right" as const }))],
    [
      row("R² 5-fold (mean ± SD)", (m) => `${formatFixed(m.r2CvMean, 3)} ± ${formatFixed(m.r2CvSd, 3)}`),
      row("MAE 5-fold", (m) => mae(m.maeCv)),
      row("MAE 5-fold, multi-agent runs", (m) => mae(m.maeCvMas)),
      row("MAE leave-one-benchmark-out", (m) => mae(m.maeLobo)),
      row("MAE LOBO, multi-agent runs", (m) => mae(m.maeLoboMas)),
      row("MAE leave-one-model-out", (m) => mae(m.maeLomo)),
      row("single vs multi right, 5-fold", (m) => count(m.decisions.cv.singleVsMulti, groups)),
      row("single vs multi right, LOBO", (m) => count(m.decisions.lobo.singleVsMulti, groups)),
      row("exact best architecture, 5-fold", (m) => count(m.decisions.cv.exactBest, groups)),
      row("exact best architecture, LOBO", (m) => count(m.decisions.lobo.exactBest, groups)),
      row("90% interval coverage, 5-fold", (m) => share(m.coverageCv)),
      row("90% interval coverage, LOBO", (m) => share(m.coverageLobo)),
      row("  LOBO, multi-agent runs only", (m) => share(m.coverageLoboMas)),
    ],
  );
  const architect = models.find((m) => m.key === "architect");
  const ceiling = decisionNoiseCeiling(report.runs, dataset, dataset.architectures.map((a) => a.architecture));
  const targets = architect === undefined ? [] : VALIDATION_TARGETS.map((t) => {
    const { value, met } = meetsTarget(t, architect);
    const shown = value === null ? "—" : t.metric.startsWith("mae") ? mae(value) : share(value);
    return `  ${met ? "✓" : "✗"} ${t.label}: ${shown}`;
  });
  const byBenchmark = formatTextTable(
    [{ header: "held-out benchmark", align: "left" }, ...models.map((m) => ({ header: m.label, align: "right" as const }))],
    (models[0]?.byBenchmark ?? []).map((b, i) => [b.benchmark, ...models.map((m) => mae(m.byBenchmark[i]?.maeMas ?? Number.NaN))]),
  );
  return [
    `Validation on ${report.rowSet} rows: ${report.runs.length} runs, ${groups} (benchmark, model) groups with all five architectures; data ${dataset.version}`,
    "",
    table,
    "",
    `Noise floor: sampling alone gives a perfect model an MAE of ${mae(report.noiseFloor.maeMas)} on multi-agent runs (${mae(report.noiseFloor.mae)} on all).`,
    `Decision ceiling: a model that knew every true rate would agree with a re-measurement in ${share(ceiling.mean)} of groups (5-95%: ${share(ceiling.p05)}-${share(ceiling.p95)}).`,
    "",
    "Targets for the architect's model (with pilot):",
    ...targets,
    "",
    "Leave-one-benchmark-out MAE over multi-agent runs, by held-out benchmark:",
    byBenchmark,
    ...(ablations ? ["", ablationText(report, dataset)] : []),
  ].join("\n");
}

function ablationText(report: ValidationReport, dataset: Dataset): string {
  const result = runAblations(report.runs, dataset);
  const groups = report.models[0]?.decisions.lobo.groups ?? 0;
  return [
    "Ablations of the architect's model (leave-one-benchmark-out):",
    formatTextTable(
      [{ header: "features", align: "left" }, { header: "MAE, multi-agent", align: "right" }, { header: "decisions", align: "right" }, { header: "coverage", align: "right" }],
      result.variants.map((v) => [v.label, mae(v.maeLoboMas), count(Math.round(v.decisionLobo * groups), groups), share(v.coverageLobo)]),
    ),
    `Placebo control: ${result.placebo.draws.length} random per-benchmark properties added like D give MAE median ${mae(result.placebo.median)}, best ${mae(result.placebo.best)}.`,
  ].join("\n");
}

/** Runs validate. */
export function runValidate(flags: z.output<typeof ValidateFlagsSchema>, dataset: Dataset): string {
  const report = validate(dataset, flags.rows);
  return flags.json ? JSON.stringify(validateJson(report)) : validateText(report, dataset, flags.ablations);
}
