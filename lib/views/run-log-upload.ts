import type { RunLogSummary } from "../pilots/run-log";

/*
 * The words of the pilot-log upload (components/calculator/run-log-upload.tsx): what a summary says,
 * whether it is worth loading, and what happened to the architect's earlier pilot when it is not.
 */

const count = (n: number) => n.toLocaleString("en-US");
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/** True when the upload has something to load: at least one valid row (a design). */
export function isUsableRunLog(summary: RunLogSummary): boolean {
  return summary.rows.valid > 0 && summary.designs.length > 0;
}

/**
 * The status line after reading a file: rows valid and invalid and designs found, or why nothing was
 * loaded (and that what the user had is kept).
 *
 * @example runLogStatus({ format: "per-task", designs: [design, design], paired: true, rows: { valid: 1200, invalid: 3 }, errors: [], moreErrors: 0 }, "pilot.csv")
 * // "pilot.csv: 1,200 valid rows, 3 invalid. A per-task log of 2 designs, all on the same tasks."
 */
export function runLogStatus(summary: RunLogSummary, fileName: string): string {
  const { valid, invalid } = summary.rows;
  if (summary.format === null) return `${fileName} could not be read: ${summary.errors[0]?.reason ?? "no usable header"}. Nothing was loaded; your earlier figures are kept.`;
  if (!isUsableRunLog(summary)) {
    const why = invalid > 0 ? `no valid rows (${plural(invalid, "invalid row")})` : "no rows";
    return `${fileName} has ${why}. Nothing was loaded; your earlier figures are kept.`;
  }
  const kind = summary.format === "per-task" ? "A per-task log" : "An aggregate log";
  const pairing = summary.format === "per-task" && summary.designs.length > 1 ? (summary.paired ? ", all on the same tasks" : ", not all on the same tasks") : "";
  return `${fileName}: ${plural(valid, "valid row")}, ${count(invalid)} invalid. ${kind} of ${plural(summary.designs.length, "design")}${pairing}.`;
}

/**
 * The caption of the invalid-rows table, saying when only the first problems are listed.
 *
 * @example invalidRowsCaption({ errors: new Array(1000), moreErrors: 4000 }) // "The first 1,000 problems, in file order; 4,000 more are not listed."
 */
export function invalidRowsCaption(summary: Pick<RunLogSummary, "errors" | "moreErrors">): string {
  const listed = summary.errors.length;
  if (summary.moreErrors === 0) return `${plural(listed, "problem")}, in file order.`;
  return `The first ${plural(listed, "problem")}, in file order; ${count(summary.moreErrors)} more are not listed.`;
}
