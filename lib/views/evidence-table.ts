import { formatFixed } from "../format/numbers";
import type { Metric, Pairing, StudyArchitecture } from "../data/study-schemas";
import type { EvidenceRow } from "./evidence-run-rows";
import { countText } from "../format/words";

/*
 * How the /evidence runs table and its CSV show a row. Browser-safe (formatting and types only): the
 * table is filtered and drawn in the browser.
 */

/** Labels of the ids rows carry, sent once with the rows. Plain JSON. */
export type EvidenceLabels = {
  studies: Record<string, string>;
  benchmarks: Record<string, string>;
  models: Record<string, string>;
  architectures: Record<StudyArchitecture, string>;
  metrics: Record<Metric, string>;
};

/** The table's columns, in order; `text` columns align left and wrap, figures align right. */
export const EVIDENCE_COLUMNS = [
  { label: "Study", text: true },
  { label: "Benchmark", text: true },
  { label: "Model", text: true },
  { label: "Architecture", text: true },
  { label: "Method (as printed)", text: true },
  { label: "Agents", text: false },
  { label: "Metric", text: true },
  { label: "Value (%)", text: false },
  { label: "Single agent (%)", text: false },
  { label: "Tasks", text: false },
] as const;

/**
 * How many runs the filters keep.
 *
 * @example matchText(412, 1017) // "412 of 1,017 stored runs match the filters."
 */
export function matchText(shown: number, total: number): string {
  return shown === total ? `All ${countText(total)} stored runs.` : `${countText(shown)} of ${countText(total)} stored runs match the filters.`;
}

/**
 * A share as a percentage with one decimal and no sign; null is "—".
 *
 * @example percentCell(0.5341) // "53.4"
 */
export const percentCell = (share: number | null) => (share === null ? "—" : formatFixed(share * 100, 1));

const label = (labels: Record<string, string>, id: string) => labels[id] ?? id;

/** What the single-agent column says where there is no value: the baseline row names itself. */
const NO_SINGLE: Record<Pairing, string> = { baseline: "(is the baseline)", matched: "—", "alternative-single": "—", unmatched: "—" };

/**
 * A row's cells, in EVIDENCE_COLUMNS order (the study's short name first), e.g. for MASS's
 * Self-Consistency on MATH: ["MASS", "MATH", "Gemini-1.5-pro-002", "Independent", "Self-Consistency", "9", "accuracy", "77.3", "71.7", "—"].
 */
export function evidenceCells(row: EvidenceRow, labels: EvidenceLabels): string[] {
  return [
    label(labels.studies, row.study),
    label(labels.benchmarks, row.benchmark),
    label(labels.models, row.model),
    labels.architectures[row.architecture],
    row.method,
    row.agents === null ? "—" : String(row.agents),
    labels.metrics[row.metric],
    percentCell(row.value),
    row.singleAgentValue === null ? NO_SINGLE[row.pairing] : percentCell(row.singleAgentValue),
    row.tasks === null ? "—" : countText(row.tasks),
  ];
}

/** The CSV's header: ids as data/ writes them, figures as shares in [0, 1], blanks where nothing is stored. */
export const EVIDENCE_CSV_COLUMNS = [
  "study",
  "benchmark",
  "benchmark_label",
  "model",
  "model_label",
  "architecture",
  "method",
  "agents",
  "metric",
  "success_like",
  "value",
  "single_agent_value",
  "tasks",
  "pairing",
] as const;

/**
 * The CSV cells of rows, one array per row in EVIDENCE_CSV_COLUMNS order (for papaparse's unparse),
 * e.g. for Kim et al.'s first run: ["kim-2512.08296", "browsecomp-plus", "BrowseComp-Plus", "claude-3-7-sonnet",
 * "Claude 3.7 Sonnet", "centralized", "Centralized", 4, "success-rate", true, 0.3434343434343434, 0.2626262626262626, "", "matched"].
 */
export function evidenceCsvData(rows: readonly EvidenceRow[], labels: EvidenceLabels): (string | number | boolean)[][] {
  return rows.map((r) => [
    r.study,
    r.benchmark,
    label(labels.benchmarks, r.benchmark),
    r.model,
    label(labels.models, r.model),
    r.architecture,
    r.method,
    r.agents ?? "",
    r.metric,
    r.successLike,
    r.value,
    r.singleAgentValue ?? "",
    r.tasks ?? "",
    r.pairing,
  ]);
}

/**
 * The download's file name, pinned to the data version.
 *
 * @example evidenceCsvName("3f9a1c07b2e4") // "evidence-runs-3f9a1c07b2e4.csv"
 */
export const evidenceCsvName = (dataVersion: string) => `evidence-runs-${dataVersion}.csv`;
