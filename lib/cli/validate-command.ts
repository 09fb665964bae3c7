import { z } from "zod";
import { enumCell } from "../data/cells";
import type { Dataset } from "../data/dataset";
import { decisionNoiseCeiling } from "../model/validation/noise";
import { validate, type ModelValidation, type ValidationReport } from "../model/validation/harness";
import { ablationRows, benchmarkRows, ceilingText, noiseFloorText, targetRows, validationRows, type TableRow } from "../views/validation-rows";
import { runAblations } from "../model/validation/ablations";
import { OUTPUT_FLAGS, outputFlagFields, type FlagSpec } from "./flags";
import { formatTextTable } from "./text-table";
import { ROW_SETS } from "../data/row-sets";

export const validateFlags: FlagSpec[] = [
  { name: "rows", type: "string", value: ROW_SETS.join("|"), description: "row set: the paper's v2 (180 runs), v3 (260, default) or all 270" },
  { name: "ablations", type: "boolean", description: "also run the architect model's ablations (slower)" },
  ...OUTPUT_FLAGS,
];

export const ValidateFlagsSchema = z.object({
  rows: enumCell(ROW_SETS).default("v3"),
  ablations: z.boolean().default(false),
  ...outputFlagFields,
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

/** Lays out a table of label + cells (lib/views) as monospace text. */
function textTable(first: string, table: { columns: string[]; rows: TableRow[] }): string {
  return formatTextTable(
    [{ header: first, align: "left" }, ...table.columns.map((header) => ({ header, align: "right" as const }))],
    table.rows.map((r) => [r.label, ...r.cells]),
  );
}

/** validate's readable report: every figure side by side, the noise floor, the targets, the benchmarks. */
export function validateText(report: ValidationReport, dataset: Dataset, ablations: boolean): string {
  const groups = report.models[0]?.decisions.cv.groups ?? 0;
  const ceiling = decisionNoiseCeiling(report.runs, dataset, dataset.architectures.map((a) => a.architecture));
  return [
    `Validation on ${report.rowSet} rows: ${report.runs.length} runs, ${groups} (benchmark, model) groups with all five architectures; data ${dataset.version}`,
    "",
    textTable("", validationRows(report)),
    "",
    noiseFloorText(report),
    ceilingText(ceiling),
    "",
    "Targets for the architect's model (with pilot):",
    ...targetRows(report).map((t) => `  ${t.met ? "✓" : "✗"} ${t.label}: ${t.value}`),
    "",
    "Leave-one-benchmark-out MAE over multi-agent runs, by held-out benchmark:",
    textTable("held-out benchmark", benchmarkRows(report)),
    ...(ablations ? ["", ablationText(report, dataset)] : []),
  ].join("\n");
}

function ablationText(report: ValidationReport, dataset: Dataset): string {
  const table = ablationRows(runAblations(report.runs, dataset), report.models[0]?.decisions.lobo.groups ?? 0);
  return ["Ablations of the architect's model (leave-one-benchmark-out):", textTable("features", table), table.placebo].join("\n");
}

/** Runs validate. */
export function runValidate(flags: z.output<typeof ValidateFlagsSchema>, dataset: Dataset): string {
  const report = validate(dataset, flags.rows);
  return flags.json ? JSON.stringify(validateJson(report)) : validateText(report, dataset, flags.ablations);
}
