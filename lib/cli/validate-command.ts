import { z } from "zod";
import { enumCell } from "../data/cells";
import type { Dataset } from "../data/dataset";
import { decisionNoiseCeiling } from "../model/validation/noise";
import { loboMasWithSe, type ModelValidation, type ValidationReport, cachedValidation } from "../model/validation/harness";
import {
  ablationRows,
  benchmarkRows,
  ceilingText,
  floorRows,
  noiseFloorText,
  permutationRows,
  targetRows,
  validationRows,
  type TableRow,
} from "../views/validation-rows";
import { floorsBeside } from "../model/validation/floors";
import { cachedPermutationTests, type PermutationTest } from "../model/validation/permutation";
import { agentCountCheckRows, pooledBenchmarkRows, pooledHeader, pooledRows, pooledStudyRows, UNDERCOVERED_NOTE } from "../views/pooled-rows";
import { runAblations } from "../model/validation/ablations";
import { agentCountCheck, type EvidenceValidation, type PooledValidation, cachedEvidenceValidation } from "../model/validation/pooled";
import { OUTPUT_FLAGS, outputFlagFields, type FlagSpec } from "./flags";
import { formatTextTable } from "./text-table";
import { ROW_SETS } from "../data/row-sets";
import { type PilotFusionValidation, cachedPilotFusion } from "../model/validation/pilot-fusion";
import { pilotFusionTargets } from "../model/validation/pilot-fusion-targets";
import { type DecisionValidation, cachedDecisions } from "../model/validation/decision-regret";
import { decisionTables } from "../views/decision-rows";
import { decisionTablesJson } from "../views/exports-validation";
import { calibrationRows, pilotedText, pilotFusionNote, pilotFusionRows, pilotFusionTargetLines, taskSubsetRows } from "../views/pilot-fusion-rows";

export const validateFlags: FlagSpec[] = [
  { name: "rows", type: "string", value: ROW_SETS.join("|"), description: "row set: the paper's v2 (180 runs), v3 (260, default) or all 270" },
  {
    name: "ablations",
    type: "boolean",
    description: "also run the architect model's ablations and the permutation test of its task properties (about 20 s more)",
  },
  {
    name: "pilots",
    type: "boolean",
    description: "also simulate pilots fused with the model under leave-one-benchmark-out, and the pilot planner's calibration (about 45 s more)",
  },
  ...OUTPUT_FLAGS,
];

export const ValidateFlagsSchema = z.object({
  rows: enumCell(ROW_SETS).default("v3"),
  ablations: z.boolean().default(false),
  pilots: z.boolean().default(false),
  ...outputFlagFields,
});

const JSON_METRICS = [
  "r2CvMean",
  "maeCv",
  "maeLobo",
  "maeLoboMas",
  "decisionCv",
  "decisionLobo",
  "exactBestCv",
  "exactBestLobo",
  "coverageCv",
  "coverageLobo",
] as const;

const finite = (x: number | null) => (x === null || Number.isNaN(x) ? null : x);

/**
 * The JSON validate --json prints: the ten figures of naive, paper and architect (with pilot) on Kim et
 * al.'s rows, each with its 90% coverage per held-out benchmark; then the evidence used, the same
 * figures pooled over every success-rate benchmark of it (with the MAE's standard error), and
 * leave-one-study-out.
 */
export function validateJson(
  report: ValidationReport,
  pooled: EvidenceValidation,
  floors: ReturnType<typeof floorsBeside>,
  decisions: DecisionValidation,
  permutation: readonly PermutationTest[] | null = null,
  pilotFusion: PilotFusionValidation | null = null,
) {
  const pick = (m: ModelValidation) => ({
    ...Object.fromEntries(JSON_METRICS.map((k) => [k, finite(m[k])])),
    maeLoboMasSe: finite(loboMasWithSe(report, m).se),
    coverageLoboByBenchmark: Object.fromEntries(m.byBenchmark.map((b) => [b.benchmark, finite(b.coverageMas)])),
  });
  const byKey = (key: ModelValidation["key"]) => report.models.find((m) => m.key === key);
  const models: Record<string, ReturnType<typeof pick>> = {};
  for (const key of ["naive", "paper", "architect"] as const) {
    const m = byKey(key);
    if (m !== undefined) models[key] = pick(m);
  }
  const pooledFigures = (v: PooledValidation) => ({
    ...Object.fromEntries(JSON_METRICS.map((k) => [k, null])),
    maeLoboMas: finite(v.loboMas.mae),
    maeLoboMasSe: finite(v.loboMas.se),
    decisionLobo: v.decisionsLobo.right / v.decisionsLobo.groups,
    coverageLobo: finite(v.coverageLoboMas),
    coverageLoboByBenchmark: Object.fromEntries(v.byBenchmark.map((b) => [b.benchmark, finite(b.coverage)])),
  });
  return {
    rows: report.rowSet,
    models,
    evidence: {
      choice: pooled.choice,
      studies: new Set(pooled.rows.map((r) => r.study)).size,
      benchmarks: new Set(pooled.rows.map((r) => r.benchmark)).size,
      runs: pooled.rows.length,
    },
    pooled: { naive: pooledFigures(pooled.naive), architect: pooledFigures(pooled.architect) },
    leaveOneStudyOut: { naive: finite(pooled.naive.losoMas.mae), architect: finite(pooled.architect.losoMas.mae) },
    floors: Object.fromEntries(
      (["kim", "pooled"] as const).map((set) => [
        set,
        Object.fromEntries(Object.entries(floors[set].floors).map(([k, f]) => [k, { mae: finite(f.mae), rows: f.rows, decisions: f.decisions }])),
      ]),
    ),
    ...decisionTablesJson(decisions),
    ...(permutation === null
      ? {}
      : {
          permutation: permutation.map((t) => ({
            property: t.property,
            observed: t.observed,
            medianPermuted: t.medianPermuted,
            atLeastAsGood: t.atLeastAsGood,
            assignments: t.assignments,
            p: t.p,
          })),
        }),
    ...(pilotFusion === null ? {} : { pilotFusion: { ...pilotFusion, targets: pilotFusionTargets(pilotFusion) } }),
  };
}

/** Lays out a table of label + cells (lib/views) as monospace text. */
function textTable(first: string, table: { columns: string[]; rows: TableRow[] }): string {
  return formatTextTable(
    [{ header: first, align: "left" }, ...table.columns.map((header) => ({ header, align: "right" as const }))],
    table.rows.map((r) => [r.label, ...r.cells]),
  );
}

/** validate's readable report: every figure side by side, the noise floor, the targets, the benchmarks. */
export function validateText(
  report: ValidationReport,
  dataset: Dataset,
  ablations: boolean,
  pooled: EvidenceValidation,
  floors: ReturnType<typeof floorsBeside>,
  decisions: DecisionValidation,
): string {
  const groups = report.models[0]?.decisions.cv.groups ?? 0;
  const ceiling = decisionNoiseCeiling(
    report.runs,
    dataset,
    dataset.architectures.map((a) => a.architecture),
  );
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
    "What a model could reach knowing more (floors; Kim et al.'s floors fitted to their runs alone), beside the errors (± SE over held-out benchmarks):",
    textTable("", floorRows(floors)),
    "",
    "Leave-one-benchmark-out MAE over multi-agent runs, by held-out benchmark:",
    textTable("held-out benchmark", benchmarkRows(report)),
    "",
    `Every success-rate benchmark of the evidence (${pooledHeader(pooled)}): each benchmark held out of every study (LOBO), each study held out (LOSO):`,
    textTable("", pooledRows(pooled)),
    "",
    "By held-out benchmark (multi-agent rows):",
    textTable("held-out benchmark", pooledBenchmarkRows(pooled)),
    UNDERCOVERED_NOTE,
    "",
    "By held-out study (multi-agent rows):",
    textTable("held-out study", pooledStudyRows(pooled)),
    "",
    "The agent-count rule against the other studies' agent counts (LOBO, multi-agent runs):",
    ...(() => {
      const check = agentCountCheckRows(agentCountCheck(pooled.rows, pooled.architect));
      return [textTable("design", check), check.text];
    })(),
    "",
    decisionText(decisions),
    ...(ablations ? ["", ablationText(report, dataset)] : []),
  ].join("\n");
}

/** The decision harness as text: each harness's rules at listed prices, then the same at the reference price. */
function decisionText(decisions: DecisionValidation): string {
  const at = (pricing: "listed" | "reference") => decisionTables(decisions, pricing).flatMap((t) => ["", t.heading, textTable("rule", t.table), t.byV]);
  return [
    "Decisions by regret: each rule's call on held-out groups against the measured designs (regret: the best measured net value V·success − cost minus the call's, USD per task; ± SE over held-out folds):",
    "",
    `At listed prices (${decisions.pricing.listed}):`,
    ...at("listed"),
    "",
    `At one reference price (${decisions.pricing.reference}):`,
    ...at("reference"),
  ].join("\n");
}

function ablationText(report: ValidationReport, dataset: Dataset): string {
  const table = ablationRows(runAblations(report.runs, dataset), report.models[0]?.decisions.lobo.groups ?? 0);
  const permutation = permutationRows(cachedPermutationTests(report.runs, dataset));
  return [
    "Ablations of the architect's model, fitted to Kim et al.'s runs only (leave-one-benchmark-out):",
    textTable("features", table),
    "",
    "Permutation test of the task properties (fitted to Kim et al.'s runs only):",
    textTable("property", permutation),
    permutation.text,
  ].join("\n");
}

/** The "Pilots fused with the model" section of validate --pilots. */
export function pilotFusionText(v: PilotFusionValidation, dataset: Dataset, rowSet: string): string {
  const labels = new Map(dataset.architectures.map((a) => [a.architecture, a.label]));
  const label = (d: string) => labels.get(d) ?? d;
  const groups = v.rows[0]?.groups ?? 0;
  const calibration = v.calibration === null ? null : calibrationRows(v.calibration);
  const subsets = taskSubsetRows(v);
  return [
    `Pilots fused with the model (${rowSet} rows, ${groups} groups; each benchmark held out of the fit; no single-agent baseline; simulated pilots against the measured rates):`,
    pilotFusionNote(v),
    ...v.rows.flatMap((row) => [
      "",
      `A single-agent pilot of ${row.tasks} tasks, then the design the planner chooses on the same ${row.tasks} tasks:`,
      textTable("", pilotFusionRows(row)),
      pilotedText(row, label),
    ]),
    ...(v.taskSubsets.groups === 0
      ? []
      : [
          "",
          `Real task subsets (${v.taskSubsets.benchmarks.map(label).join(", ")}: ${v.taskSubsets.groups} groups with per-task outcomes, k of their 20 tasks, the same for every design) beside binomial pilots on the same groups:`,
          textTable("", subsets),
        ]),
    ...(calibration === null
      ? []
      : [
          "",
          "The pilot planner's calibration, by the chance it promised the call would be right after the plan it chose:",
          textTable("", calibration),
          calibration.text,
        ]),
    "",
    "Targets:",
    ...pilotFusionTargetLines(pilotFusionTargets(v), groups).map((line) => `  ${line}`),
  ].join("\n");
}

/** Runs validate. */
export function runValidate(flags: z.output<typeof ValidateFlagsSchema>, dataset: Dataset): string {
  const report = cachedValidation(dataset, flags.rows);
  const pooled = cachedEvidenceValidation(dataset);
  const floors = floorsBeside(report, pooled, dataset);
  // The pilot simulation reuses the harness's LOBO fits (the same run set), so it adds no fits of its own.
  const pilotFusion = flags.pilots ? cachedPilotFusion(report.runs, dataset) : null;
  // The decision harness reuses the LOBO and pooled fits of the two harnesses above (the same run set and rows).
  const decisions = cachedDecisions(report.runs, pooled.rows, dataset);
  if (flags.json)
    return JSON.stringify(validateJson(report, pooled, floors, decisions, flags.ablations ? cachedPermutationTests(report.runs, dataset) : null, pilotFusion));
  const text = validateText(report, dataset, flags.ablations, pooled, floors, decisions);
  return pilotFusion === null ? text : [text, "", pilotFusionText(pilotFusion, dataset, report.rowSet)].join("\n");
}
