import { parseNumber } from "../data/cell-values";
import type { ReadRules, RunLogError, RunLogFileReport, RunLogKind, RunLogSummary } from "../pilots/run-log";
import { counted, countText, plural } from "../format/words";

/*
 * The words of the pilot-log upload (components/calculator/run-log-upload.tsx) and of `--runs`: what a
 * summary says, whether it is worth loading, where an invalid row is, and what happened to the
 * architect's earlier pilots when nothing was loaded.
 */

/** What each kind of log is called. */
export const RUN_LOG_KIND_LABELS: Readonly<Record<RunLogKind, string>> = {
  csv: "CSV",
  jsonl: "JSON Lines",
  "inspect-eval": "Inspect .eval log",
  "inspect-json": "Inspect .json log",
  otlp: "OpenTelemetry traces",
};

/** What a row of each kind is called. */
const ROW_WORDS: Readonly<Record<RunLogKind, string>> = { csv: "row", jsonl: "row", "inspect-eval": "sample", "inspect-json": "sample", otlp: "trace" };

/** True when the upload has something to load: at least one valid row (a design). */
export function isUsableRunLog(summary: RunLogSummary): boolean {
  return summary.rows.valid > 0 && summary.designs.length > 0;
}

/**
 * Where an invalid row is, in words: its line, its sample or trace, or the file as a whole.
 *
 * @example runLogPlace({ line: null, sample: "12 (epoch 1)" }) // "sample 12 (epoch 1)"
 */
export function runLogPlace(error: Pick<RunLogError, "line" | "sample">): string {
  if (error.line !== null && error.line > 0) return `line ${countText(error.line)}`;
  if (error.sample !== null) return error.sample.startsWith("trace ") || error.sample.includes(" (trace ") ? error.sample : `sample ${error.sample}`;
  return "the file";
}

/** One file's line in the status: its kind, rows, and the models it named. */
function fileLine(file: RunLogFileReport): string {
  const word = ROW_WORDS[file.kind];
  const models = file.models.length === 0 ? "" : `; ${plural(file.models.length, "model")} ${file.models.join(", ")}`;
  return `${file.name} (${RUN_LOG_KIND_LABELS[file.kind]}): ${counted(file.rows.valid, `valid ${word}`)}, ${countText(file.rows.invalid)} invalid${models}`;
}

/**
 * The status after reading an upload: each file's valid and invalid rows (samples, traces), the designs
 * found, or why nothing was loaded (and that what the user had is kept).
 *
 * @example const design = { architecture: "single", agents: 1, model: null, tasks: 600, solved: 300, means: {} }; runLogStatus({ format: "per-task", designs: [design, design], paired: true, rows: { valid: 1200, invalid: 3 }, errors: [], moreErrors: 0, files: [{ name: "pilot.csv", kind: "csv", rows: { valid: 1200, invalid: 3 }, models: [], design: "log", columns: null, missing: [] }] })
 * // "pilot.csv: 1,200 valid rows, 3 invalid. A per-task log of 2 designs, all on the same tasks."
 */
export function runLogStatus(summary: RunLogSummary): string {
  const [only, ...more] = summary.files;
  const files =
    only === undefined
      ? ""
      : more.length === 0 && only.kind === "csv" && only.models.length === 0
        ? `${only.name}: ${counted(summary.rows.valid, "valid row")}, ${countText(summary.rows.invalid)} invalid`
        : summary.files.map(fileLine).join("; ");
  if (!isUsableRunLog(summary)) {
    const needing = filesNeeding(summary);
    if (needing.length > 0) {
      const asks = needing.map(
        (f) =>
          `${f.name} ${f.design ? "names no design" : ""}${f.design && f.missing.length > 0 ? " and " : ""}${f.missing.length > 0 ? `has no column for ${f.missing.join(", ")}` : ""}`,
      );
      return `${files}. ${asks.join("; ")}: choose below and read again. Nothing was loaded; your earlier figures are kept.`;
    }
    const first = summary.errors[0];
    const why =
      first === undefined
        ? "nothing to read"
        : summary.rows.invalid > 0
          ? `no valid row (${runLogPlace(first)}, ${first.field}: ${first.reason})`
          : first.reason;
    return `${files === "" ? "The upload" : files}: ${why}. Nothing was loaded; your earlier figures are kept.`;
  }
  const kind = summary.format === "aggregate" ? "An aggregate log" : summary.format === "mixed" ? "A log" : "A per-task log";
  const several = summary.designs.length > 1;
  const pairing = summary.format === "per-task" && several ? (summary.paired ? ", all on the same tasks" : ", not all on the same tasks") : "";
  return `${files}. ${kind} of ${counted(summary.designs.length, "design")}${pairing}.`;
}

/**
 * The files that need the user: a design to choose (rows named none, or the columns of architecture
 * and agents are missing), or columns to map (the other required fields no column gave).
 *
 * @example filesNeeding({ files: [{ name: "a.csv", kind: "csv", rows: { valid: 0, invalid: 0 }, models: [], design: "log", columns: ["id", "ok"], missing: ["architecture", "agents", "solved"] }] }) // [{ name: "a.csv", design: true, missing: ["solved"] }]
 */
export function filesNeeding(summary: Pick<RunLogSummary, "files">): { name: string; design: boolean; missing: string[] }[] {
  const designFields = (field: string) => field === "architecture" || field === "agents";
  return summary.files
    .filter((f) => f.design === "needed" || f.missing.length > 0)
    .map((f) => ({ name: f.name, design: f.design === "needed" || f.missing.some(designFields), missing: f.missing.filter((m) => !designFields(m)) }));
}

/** The upload's reading options as the form holds them: text as typed. */
export type RulesForm = { threshold: string; partialSolved: boolean; successAttribute: string };

/**
 * The reading rules from the upload's form, or the message naming the field that is not valid (the
 * threshold must be a number; the attribute a name of 1-200 characters).
 *
 * @example readRulesOf({ threshold: "0.5", partialSolved: true, successAttribute: "task.success" }, { centralized: 4 }).ok // true
 */
export function readRulesOf(form: RulesForm, defaultAgents: ReadRules["defaultAgents"]): { ok: true; rules: ReadRules } | { ok: false; message: string } {
  const threshold = parseNumber(form.threshold, {});
  if (threshold === undefined) return { ok: false, message: `Solved at a score of: expected a number, got "${form.threshold.slice(0, 40)}"` };
  const attribute = form.successAttribute.trim();
  if (attribute === "" || attribute.length > 200) return { ok: false, message: "Trace attribute: expected a name of 1 to 200 characters" };
  return { ok: true, rules: { score: { threshold, partialSolved: form.partialSolved }, defaultAgents, successAttribute: attribute, taskAttribute: "task.id" } };
}

/**
 * The caption of the invalid-rows table, saying when only the first problems are listed.
 *
 * @example invalidRowsCaption({ errors: new Array(1000), moreErrors: 4000 }) // "The first 1,000 problems, in file order; 4,000 more are not listed."
 */
export function invalidRowsCaption(summary: Pick<RunLogSummary, "errors" | "moreErrors">): string {
  const listed = summary.errors.length;
  if (summary.moreErrors === 0) return `${counted(listed, "problem")}, in file order.`;
  return `The first ${counted(listed, "problem")}, in file order; ${countText(summary.moreErrors)} more are not listed.`;
}
