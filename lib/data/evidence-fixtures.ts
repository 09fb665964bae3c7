import Papa from "papaparse";
import { BenchmarkCatalogSchema, ModelCatalogSchema } from "./catalog-schemas";
import { parseCsv, type RowSchema } from "./csv";
import type { DatasetTables } from "./dataset-shape";
import { formatDataIssue } from "./data-error";
import { KIM_STUDY, StudyRunSchema, StudySchema } from "./study-schemas";

/**
 * Small synthetic evidence for unit tests: rows written as CSV cells (defaults below, overridden
 * per row) and parsed with the real schemas, so a test fixture is exactly what a file would give.
 */

type Cells = Record<string, string>;

/** A valid single-agent baseline run of study "s1" on benchmark "b1" and model "m1" (accuracy 50.0%). */
export const BASELINE_RUN: Cells = {
  study: "s1", benchmark: "b1", benchmark_printed: "B1", model: "m1", team_models: "", model_printed: "M1", method: "Single",
  architecture: "single", agents: "1", setting: "", metric: "accuracy", success_like: "true", value: "0.5", printed: "50.0",
  printed_scale: "percent", tasks: "", pairing: "baseline", printed_in: "Table 1", other_printed: "", notes: "",
};

/** A valid multi-agent run matched to BASELINE_RUN: a vote of 5 at 60.0%. */
export const VOTE_RUN: Cells = { ...BASELINE_RUN, method: "Vote", architecture: "independent", agents: "5", value: "0.6", printed: "60.0", pairing: "matched" };

export const STUDY: Cells = {
  study: "s1", label: "S1", citation: "A. Author, S1, arXiv 0000.00000", link: "https://arxiv.org/abs/0000.00000", kind: "method",
  budgets_matched: "no", budgets_note: "not stated", harness_note: "no tools", tables: "Table 1", read_repository: "owner/repo",
  read_path: "paper.md", read_commit: "c5022a02", read_lines: "1-10", read_note: "", imported_from: "external/s1.csv", transcription_note: "",
};

export const BENCHMARK: Cells = {
  benchmark: "b1", label: "B1", tools: "0", tools_code: "", tools_source: "tool-free", domain_complexity: "", decomposability: "",
  decomposability_rationale: "", tasks: "", paper_versions: "", rubric_split: "false", rubric_independent: "", rubric_most_work: "",
  rubric_no_shared_state: "", rubric_simple_join: "", rubric_d: "0", rubric_rationale: "one question",
};

export const MODEL: Cells = {
  model: "m1", vendor: "v", label: "M1", capability_index: "", capability_index_v1: "", capability_source: "none",
  runs_coverage: "other-studies", price_id: "", release_ids: "",
};

/** CSV text of rows given as cells, with the schema's columns in order. */
export function csvOf(schema: RowSchema, rows: readonly Cells[]): string {
  const columns = Object.keys(schema.shape);
  return `${Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? "")) }, { newline: "\n" })}\n`;
}

/** Parses rows with a schema and throws if any is invalid: fixtures must be valid files. */
function parsed<S extends RowSchema>(schema: S, rows: readonly Cells[]) {
  const result = parseCsv(csvOf(schema, rows), "fixture.csv", schema);
  if (result.issues.length > 0) throw new Error(result.issues.map(formatDataIssue).join("\n"));
  return result.rows;
}

/**
 * Dataset tables holding only evidence: studies s1 and Kim et al. (with one unmatched run of its
 * own), benchmark b1, model m1 and the given study runs; Kim's 270-run tables are empty.
 */
export function evidenceTables(runs: readonly Cells[], extra: { benchmarks?: Cells[]; models?: Cells[]; studies?: Cells[] } = {}): DatasetTables {
  const kimRun = { ...BASELINE_RUN, study: KIM_STUDY, method: "single", pairing: "unmatched" };
  return {
    benchmarks: [], architectures: [], models: [], runs: [], taskResults: [], prices: [], paperFits: [], paperCoefficients: [],
    benchmarkCatalog: parsed(BenchmarkCatalogSchema, extra.benchmarks ?? [BENCHMARK]),
    modelCatalog: parsed(ModelCatalogSchema, extra.models ?? [MODEL]),
    studies: parsed(StudySchema, extra.studies ?? [{ ...STUDY, study: KIM_STUDY }, STUDY]),
    studyRuns: parsed(StudyRunSchema, [kimRun, ...runs]),
  };
}
