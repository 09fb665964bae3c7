import type { DataIssue } from "./data-error";
import type { DataFileKey, DatasetTables } from "./dataset-shape";
import { shareFromPrinted } from "./printed-values";
import { KIM_STUDY, SUCCESS_LIKE_METRICS, type StudyRun } from "./study-schemas";

type FileOf = (key: DataFileKey) => string;

/** The key of a matched cell: runs compared with each other share study, benchmark, model and metric. */
export const cellKey = (r: Pick<StudyRun, "study" | "benchmark" | "model" | "metric">) => `${r.study}/${r.benchmark}/${r.model}/${r.metric}`;

/** The key that identifies one printed cell of a study's table. */
const printedCellKey = (r: StudyRun) =>
  [r.study, r.benchmark_printed, r.model_printed, r.method, r.metric, r.setting ?? "", r.printed_in].join(" | ");

/** Each run on its own: known ids, metric class, figure equal to its printed text, single-agent rows with one agent. */
function checkRunRows(t: DatasetTables, file: string): DataIssue[] {
  const studies = new Set(t.studies.map((s) => s.study));
  const benchmarks = new Set(t.benchmarkCatalog.map((b) => b.benchmark));
  const models = new Set(t.modelCatalog.map((m) => m.model));
  const issues: DataIssue[] = [];
  t.studyRuns.forEach((run, index) => {
    const at = (field: string, message: string) => issues.push({ file, row: index + 1, field, message });
    if (!studies.has(run.study)) at("study", `unknown study "${run.study}" (not in studies.csv)`);
    if (!benchmarks.has(run.benchmark)) at("benchmark", `unknown benchmark "${run.benchmark}" (not in benchmarks.csv)`);
    if (!models.has(run.model)) at("model", `unknown model "${run.model}" (not in models.csv)`);
    for (const member of run.team_models ?? []) if (!models.has(member)) at("team_models", `unknown model "${member}" (not in models.csv)`);
    const successLike = SUCCESS_LIKE_METRICS.includes(run.metric);
    if (run.success_like !== successLike) at("success_like", `must be ${successLike} for metric "${run.metric}"`);
    const printedShare = shareFromPrinted(run.printed, run.printed_scale);
    if (printedShare === undefined) at("printed", `"${run.printed}" is not a ${run.printed_scale} figure in [0, 1]`);
    else if (printedShare !== run.value) at("value", `${run.value} differs from the printed ${run.printed_scale} "${run.printed}" = ${printedShare}`);
    if (run.architecture === "single" && run.agents !== null && run.agents !== 1) {
      at("agents", `a single-agent run has 1 agent, got ${run.agents}`);
    }
  });
  return issues;
}

/**
 * Pairings: one baseline per cell, a single agent of one model; every matched or alternative row's
 * baseline exists (the "matched single-agent cell" the row claims).
 */
function checkPairings(runs: readonly StudyRun[], file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const baselineRow = new Map<string, number>();
  runs.forEach((run, index) => {
    const at = (field: string, message: string) => issues.push({ file, row: index + 1, field, message });
    const single = run.architecture === "single";
    if ((run.pairing === "baseline" || run.pairing === "alternative-single") && !single) at("pairing", `a ${run.pairing} row must be a single agent, got architecture "${run.architecture}"`);
    if (run.pairing === "matched" && single) at("pairing", 'a single-agent row is "baseline" or "alternative-single", not "matched"');
    if (run.pairing !== "unmatched" && run.team_models !== null) at("pairing", "a heterogeneous team has no single-agent cell of one model: it must be unmatched");
    if (run.pairing !== "baseline") return;
    const earlier = baselineRow.get(cellKey(run));
    if (earlier === undefined) baselineRow.set(cellKey(run), index + 1);
    else at("pairing", `a second baseline for ${cellKey(run)} (first in row ${earlier})`);
  });
  runs.forEach((run, index) => {
    if ((run.pairing === "matched" || run.pairing === "alternative-single") && !baselineRow.has(cellKey(run))) {
      issues.push({ file, row: index + 1, field: "pairing", message: `no single-agent baseline row for ${cellKey(run)}` });
    }
  });
  return issues;
}

/** Reports printed cells transcribed twice. */
function checkUniqueCells(runs: readonly StudyRun[], file: string): DataIssue[] {
  const first = new Map<string, number>();
  const issues: DataIssue[] = [];
  runs.forEach((run, index) => {
    const earlier = first.get(printedCellKey(run));
    if (earlier === undefined) first.set(printedCellKey(run), index + 1);
    else issues.push({ file, row: index + 1, field: null, message: `the same printed cell as row ${earlier} (${printedCellKey(run)})` });
  });
  return issues;
}

/**
 * Checks studies.csv and study-runs.csv against each other and the catalogs: Kim et al.'s study is
 * listed, every study has runs, every run passes its own checks and its pairing, every catalog
 * benchmark and every other-studies model is used by some run.
 */
export function checkStudies(t: DatasetTables, fileOf: FileOf): DataIssue[] {
  const file = fileOf("studyRuns");
  const issues: DataIssue[] = [...checkRunRows(t, file), ...checkPairings(t.studyRuns, file), ...checkUniqueCells(t.studyRuns, file)];
  const withRuns = new Set([...t.studyRuns.map((r) => r.study), ...(t.runs.length > 0 ? [KIM_STUDY] : [])]);
  if (!t.studies.some((s) => s.study === KIM_STUDY)) issues.push({ file: fileOf("studies"), row: null, field: "study", message: `Kim et al.'s study "${KIM_STUDY}" (the source of runs.csv) is missing` });
  t.studies.forEach((s, index) => {
    if (!withRuns.has(s.study)) issues.push({ file: fileOf("studies"), row: index + 1, field: "study", message: `study "${s.study}" has no runs` });
  });
  const usedBenchmarks = new Set([...t.runs.map((r) => r.benchmark), ...t.studyRuns.map((r) => r.benchmark)]);
  t.benchmarkCatalog.forEach((b, index) => {
    if (!usedBenchmarks.has(b.benchmark)) issues.push({ file: fileOf("benchmarks"), row: index + 1, field: "benchmark", message: `benchmark "${b.benchmark}" has no runs` });
  });
  const usedModels = new Set(t.studyRuns.flatMap((r) => [r.model, ...(r.team_models ?? [])]));
  t.modelCatalog.forEach((m, index) => {
    if (m.runs_coverage === "other-studies" && !usedModels.has(m.model)) {
      issues.push({ file: fileOf("models"), row: index + 1, field: "runs_coverage", message: `model "${m.model}" is marked other-studies but no study run uses it` });
    }
  });
  return issues;
}
