import { checkRubricRatings } from "./catalog-checks";
import type { DataIssue } from "./data-error";
import type { DataFileKey, DatasetTables } from "./dataset-shape";
import { checkStudies } from "./study-checks";

type FileOf = (key: DataFileKey) => string;

/** Reports rows whose key repeats an earlier row's key. */
function checkUnique<T>(rows: readonly T[], keyOf: (row: T) => string, file: string, field: string): DataIssue[] {
  const firstRow = new Map<string, number>();
  const issues: DataIssue[] = [];
  rows.forEach((row, index) => {
    const key = keyOf(row);
    const earlier = firstRow.get(key);
    if (earlier === undefined) firstRow.set(key, index + 1);
    else issues.push({ file, row: index + 1, field, message: `duplicate key "${key}" (first seen in row ${earlier})` });
  });
  return issues;
}

/** Reports rows whose `field` names an id missing from `known` (a table of `table`). */
function checkReference<T>(
  rows: readonly T[],
  valueOf: (row: T) => string | null,
  known: ReadonlySet<string>,
  file: string,
  field: string,
  table: string,
): DataIssue[] {
  const issues: DataIssue[] = [];
  rows.forEach((row, index) => {
    const value = valueOf(row);
    if (value !== null && !known.has(value)) {
      issues.push({ file, row: index + 1, field, message: `unknown ${field} "${value}" (not in ${table})` });
    }
  });
  return issues;
}

const runKey = (r: { benchmark: string; architecture: string; model: string }) => `${r.benchmark}/${r.architecture}/${r.model}`;

/** Checks each run's own consistency: counts against rate, fold against paper-set membership. */
function checkRunRows(t: DatasetTables, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  t.runs.forEach((run, index) => {
    const row = index + 1;
    if (run.tasks !== null && run.successes !== null) {
      if (run.successes > run.tasks) issues.push({ file, row, field: "successes", message: `${run.successes} successes exceed ${run.tasks} tasks` });
      else if (Math.abs(run.success_rate - run.successes / run.tasks) > 1e-9) {
        issues.push({ file, row, field: "success_rate", message: `${run.success_rate} differs from successes/tasks = ${run.successes}/${run.tasks}` });
      }
    }
    for (const version of ["v2", "v3"] as const) {
      const member = version === "v2" ? run.in_v2 : run.in_v3;
      const fold = version === "v2" ? run.fold_v2 : run.fold_v3;
      if (member && fold === null) issues.push({ file, row, field: `fold_${version}`, message: `a run in the paper's ${version} fit needs its CV fold` });
      if (!member && fold !== null) issues.push({ file, row, field: `fold_${version}`, message: `a run outside the paper's ${version} fit has no CV fold` });
    }
  });
  return issues;
}

/** Kim et al.'s configurations stored in runs.csv: exactly this many (data/README.md, "runs.csv: 270 configurations"). */
export const KIM_CONFIGURATIONS = 270;

/**
 * The run counts the papers print: runs.csv holds exactly KIM_CONFIGURATIONS runs, and each fit of
 * paper-fits.csv the number of runs its `rows` says are in it (a deleted or misflagged row cannot pass).
 */
function checkRunCounts(t: DatasetTables, fileOf: FileOf): DataIssue[] {
  const issues: DataIssue[] = [];
  if (t.runs.length !== KIM_CONFIGURATIONS) {
    issues.push({ file: fileOf("runs"), row: null, field: null, message: `${t.runs.length} runs, expected exactly ${KIM_CONFIGURATIONS} (Kim et al.'s configurations)` });
  }
  t.paperFits.forEach((fit, index) => {
    const flagged = t.runs.filter((r) => (fit.fit === "v2" ? r.in_v2 : r.in_v3)).length;
    if (flagged !== fit.rows) {
      issues.push({ file: fileOf("paperFits"), row: index + 1, field: "rows", message: `fit ${fit.fit} has ${fit.rows} rows, but ${flagged} runs of ${fileOf("runs")} are flagged in_${fit.fit}` });
    }
  });
  return issues;
}

/** A price period runs forward: its start is not after its end. */
function checkPricePeriods(t: DatasetTables, file: string): DataIssue[] {
  return t.prices.flatMap((p, index) =>
    p.from_date !== null && p.to_date !== null && p.from_date > p.to_date ? [{ file, row: index + 1, field: "to_date", message: `the period ends (${p.to_date}) before it starts (${p.from_date})` }] : [],
  );
}

/** Eq. 1's P needs, for every multi-agent run of a fitted set, the single-agent run of its (benchmark, model). */
function checkSingleBaselines(t: DatasetTables, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const version of ["v2", "v3"] as const) {
    const inSet = (run: DatasetTables["runs"][number]) => (version === "v2" ? run.in_v2 : run.in_v3);
    const singles = new Set(t.runs.filter((r) => inSet(r) && r.architecture === "single").map((r) => `${r.benchmark}/${r.model}`));
    t.runs.forEach((run, index) => {
      if (inSet(run) && run.architecture !== "single" && !singles.has(`${run.benchmark}/${run.model}`)) {
        issues.push({ file, row: index + 1, field: `in_${version}`, message: `no single-agent run of ${run.benchmark}/${run.model} in the ${version} set` });
      }
    });
  }
  return issues;
}

/** The per-task results must aggregate to exactly the runs they came from (tasks, successes, mean steps). */
function checkTaskAggregates(t: DatasetTables, fileOf: FileOf): DataIssue[] {
  const issues: DataIssue[] = [];
  const groups = new Map<string, { tasks: number; successes: number; steps: number }>();
  for (const result of t.taskResults) {
    const group = groups.get(runKey(result)) ?? { tasks: 0, successes: 0, steps: 0 };
    group.tasks += 1;
    group.successes += result.resolved;
    group.steps += result.steps;
    groups.set(runKey(result), group);
  }
  const runsFile = fileOf("runs");
  t.runs.forEach((run, index) => {
    const group = groups.get(runKey(run));
    const row = index + 1;
    if (run.source !== "paper-swe-tb-per-instance") return;
    if (group === undefined) {
      issues.push({ file: runsFile, row, field: "source", message: `no per-task results for ${runKey(run)} in ${fileOf("taskResults")}` });
      return;
    }
    if (run.tasks !== group.tasks) issues.push({ file: runsFile, row, field: "tasks", message: `${run.tasks} differs from ${group.tasks} per-task results` });
    if (run.successes !== group.successes) issues.push({ file: runsFile, row, field: "successes", message: `${run.successes} differs from ${group.successes} resolved per-task results` });
    const meanSteps = group.steps / group.tasks;
    if (run.mean_steps === null || Math.abs(run.mean_steps - meanSteps) > 0.05 + 1e-9) {
      issues.push({ file: runsFile, row, field: "mean_steps", message: `${run.mean_steps} differs from the per-task mean ${meanSteps.toFixed(2)}` });
    }
  });
  const runKeys = new Set(t.runs.map(runKey));
  t.taskResults.forEach((result, index) => {
    if (!runKeys.has(runKey(result))) {
      issues.push({ file: fileOf("taskResults"), row: index + 1, field: null, message: `no run ${runKey(result)} in ${runsFile}` });
    }
  });
  return issues;
}

/**
 * Checks that the files agree with each other: unique keys, every reference resolvable (run ->
 * benchmark, architecture, model of Kim's catalog; model -> price), the single-agent architecture
 * present, the per-task results aggregating to their runs, every benchmark's rubric rating, and the
 * other studies' runs (study-checks.ts). Returns every issue found (empty when consistent).
 */
export function crossCheck(t: DatasetTables, fileOf: FileOf): DataIssue[] {
  const benchmarks = new Set(t.benchmarks.map((b) => b.benchmark));
  const architectures = new Set(t.architectures.map((a) => a.architecture));
  const models = new Set(t.models.map((m) => m.model));
  const prices = new Set(t.prices.map((p) => p.price_id));
  const issues: DataIssue[] = [
    ...checkUnique(t.benchmarkCatalog, (b) => b.benchmark, fileOf("benchmarks"), "benchmark"),
    ...checkUnique(t.architectures, (a) => a.architecture, fileOf("architectures"), "architecture"),
    ...checkUnique(t.modelCatalog, (m) => m.model, fileOf("models"), "model"),
    ...checkUnique(t.studies, (s) => s.study, fileOf("studies"), "study"),
    ...checkUnique(t.prices, (p) => `${p.price_id}@${p.from_date ?? ""}`, fileOf("prices"), "price_id"),
    ...checkUnique(t.runs, runKey, fileOf("runs"), "model"),
    ...checkUnique(t.taskResults, (r) => `${runKey(r)}#${r.task}`, fileOf("taskResults"), "task"),
    ...checkUnique(t.paperFits, (f) => f.fit, fileOf("paperFits"), "fit"),
    ...checkUnique(t.paperCoefficients, (c) => `${c.fit}/${c.term}`, fileOf("paperCoefficients"), "term"),
  ];
  const single = t.architectures.find((a) => a.architecture === "single");
  if (single === undefined) issues.push({ file: fileOf("architectures"), row: null, field: "architecture", message: 'the single-agent architecture "single" is missing' });
  else if (single.agents !== 1) {
    issues.push({ file: fileOf("architectures"), row: t.architectures.indexOf(single) + 1, field: "agents", message: `"single" must have 1 agent, got ${single.agents}` });
  }
  for (const [field, known, table] of [
    ["benchmark", benchmarks, fileOf("benchmarks")],
    ["architecture", architectures, fileOf("architectures")],
    ["model", models, fileOf("models")],
  ] as const) {
    issues.push(...checkReference(t.runs, (r) => r[field], known, fileOf("runs"), field, table));
    issues.push(...checkReference(t.taskResults, (r) => r[field], known, fileOf("taskResults"), field, table));
  }
  issues.push(...checkReference(t.modelCatalog, (m) => m.price_id, prices, fileOf("models"), "price_id", fileOf("prices")));
  issues.push(...checkRunRows(t, fileOf("runs")), ...checkRunCounts(t, fileOf), ...checkSingleBaselines(t, fileOf("runs")), ...checkTaskAggregates(t, fileOf));
  issues.push(...checkPricePeriods(t, fileOf("prices")));
  issues.push(...checkRubricRatings(t.benchmarkCatalog, fileOf("benchmarks")), ...checkStudies(t, fileOf));
  return issues;
}
