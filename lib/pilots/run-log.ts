import {
  AggregateRowSchema,
  columnName,
  MAX_PILOT_AGENTS,
  MAX_TASK_ID_LENGTH,
  MEASURES,
  PerTaskRowSchema,
  PILOT_ARCHITECTURES,
  REQUIRED_COLUMNS,
  RUN_LOG_COLUMNS,
  runLogFormat,
  type RunLogFormat,
} from "./run-log-schema";
import { at, got } from "../model/stats/checked";
import { newTally, summarize, type RunLogError, type RunLogSummary, type Tally } from "./run-log-summary";
import { cellAt, emptySpans, float64At, int32At, plainNumberAt, smallIntAt, spansOf, wordAt, type CellSpans } from "./cell-spans";

/*
 * The streaming aggregator of a pilot log: rows go in one at a time and only per-design tallies stay,
 * with each distinct task id once, so a million rows cost no million row objects. Every invalid row
 * is counted and named by line and field; only the first `maxErrors` are kept, so a bad file cannot
 * exhaust memory.
 */

export type { RunLogDesign, RunLogError, RunLogMeans, RunLogSummary } from "./run-log-summary";
export { AggregateRowSchema, PerTaskRowSchema, PILOT_ARCHITECTURES, type AggregateRow, type PerTaskRow, type PilotArchitecture, type RunLogFormat } from "./run-log-schema";

export const DEFAULT_MAX_ERRORS = 1000;

export type RunLogAggregator = {
  readonly format: RunLogFormat | null;
  /** A row as papaparse gives it with `header: true`, keyed by the header's names. */
  addRecord(record: Readonly<Record<string, string | undefined>>, line: number): void;
  /** A row as spans of cells in the header's order (the CSV reader's: no string per cell). */
  addRow(row: CellSpans, line: number): void;
  /** A row the reader could not split into cells (bad JSON, wrong cell count): invalid, with its reason. */
  reject(line: number, field: string, reason: string): void;
  summary(): RunLogSummary;
};

const ARCHITECTURE_INDEX = new Map<string, number>(PILOT_ARCHITECTURES.map((a, i) => [a, i]));
/** The solved cells the fast check reads, and what they mean (index 0 and 1: 0 and 1, then false and true). */
const SOLVED_WORDS = ["0", "1", "false", "true"];
const agentsWord = (agents: number) => `${agents} agent${agents === 1 ? "" : "s"}`;
/** Printable ASCII, not a space: a task id that starts and ends so needs no trimming. */
const plainEnd = (code: number) => code > 32 && code < 127;

/**
 * A streaming aggregator for one pilot log whose header (CSV columns, or the keys of a JSON Lines
 * log's first object) is `header`. Rows are validated as they come: a well-formed per-task row by a
 * fast check, anything else by the zod schema, which alone decides and words the reason. A later row
 * repeating a (task, architecture, agents) is invalid; rows whose every cell is blank are skipped.
 * Aggregate rows of the same design add up (tasks, solved, and means weighted by tasks). When the
 * header names neither format, rows are ignored and the summary holds one error naming the missing
 * columns, on `headerLine`.
 *
 * @example const log = createRunLogAggregator(["task", "architecture", "agents", "solved"]); log.addRecord({ task: "t1", architecture: "single", agents: "1", solved: "yes" }, 2); log.summary().errors
 * // [{ line: 2, field: "solved", reason: 'expected 0, 1, true or false, got "yes"' }]
 */
export function createRunLogAggregator(header: readonly string[], options: { maxErrors?: number; headerLine?: number } = {}): RunLogAggregator {
  const maxErrors = options.maxErrors ?? DEFAULT_MAX_ERRORS;
  const detected = runLogFormat(header);
  const format = "format" in detected ? detected.format : null;
  const columns = RUN_LOG_COLUMNS[format ?? "per-task"];
  const names = header.map(columnName);
  const position = Int32Array.from(columns, (c) => names.indexOf(c));
  const scratch = emptySpans(header.length);
  const measures = new Float64Array(MEASURES.length).fill(Number.NaN);
  const tallies: (Tally | undefined)[] = [];
  /** Every task id of a per-task log, numbered in order of appearance. */
  const taskIndex = new Map<string, number>();
  const errors: RunLogError[] = [];
  let moreErrors = 0;
  let valid = 0;
  let invalid = 0;

  const problem = (line: number, field: string, reason: string) => {
    if (errors.length < maxErrors) errors.push({ line, field, reason });
    else moreErrors++;
  };
  if ("reason" in detected) problem(options.headerLine ?? 1, "header", detected.reason);

  const tally = (architecture: number, agents: number): Tally => {
    const index = architecture * (MAX_PILOT_AGENTS + 1) + agents;
    const found = tallies[index];
    if (found !== undefined) return found;
    const created = newTally(at(PILOT_ARCHITECTURES, architecture), agents);
    tallies[index] = created;
    return created;
  };

  /** Adds one validated row: `weight` tasks of which `solved` solved; `measures` holds NaN where absent. */
  const accept = (task: string | null, architecture: number, agents: number, solved: number, weight: number, line: number) => {
    const t = tally(architecture, agents);
    if (task !== null) {
      let index = taskIndex.get(task);
      if (index === undefined) taskIndex.set(task, (index = taskIndex.size));
      const word = index >>> 5;
      const bit = 1 << (index & 31);
      if (word >= t.seen.length) t.seen = grown(t.seen, word);
      const bits = int32At(t.seen, word);
      if ((bits & bit) !== 0) {
        invalid++;
        problem(line, "task", `task "${task}" is already in the log for ${t.architecture} with ${agentsWord(agents)} (the first is kept)`);
        return;
      }
      t.seen[word] = bits | bit;
    }
    valid++;
    t.tasks += weight;
    t.solved += solved;
    for (let k = 0; k < measures.length; k++) {
      const m = float64At(measures, k);
      if (m === m) {
        t.sums[k] = float64At(t.sums, k) + m * weight;
        t.counts[k] = float64At(t.counts, k) + weight;
      }
    }
  };

  /** The common per-task row, read in place; false leaves it to the schema. */
  const fastPerTask = (row: CellSpans, line: number): boolean => {
    const { text, starts, ends } = row;
    const taskStart = edgeOf(starts, position, 0);
    const taskEnd = edgeOf(ends, position, 0);
    const length = taskEnd - taskStart;
    if (length < 1 || length > MAX_TASK_ID_LENGTH || !plainEnd(text.charCodeAt(taskStart)) || !plainEnd(text.charCodeAt(taskEnd - 1))) return false;
    const architecture = wordAt(text, edgeOf(starts, position, 1), edgeOf(ends, position, 1), PILOT_ARCHITECTURES);
    const agents = smallIntAt(text, edgeOf(starts, position, 2), edgeOf(ends, position, 2));
    const solved = wordAt(text, edgeOf(starts, position, 3), edgeOf(ends, position, 3), SOLVED_WORDS) % 2;
    if (architecture < 0 || agents < 1 || agents > MAX_PILOT_AGENTS || (architecture === 0 && agents !== 1) || solved < 0) return false;
    for (let k = 0; k < measures.length; k++) {
      const start = edgeOf(starts, position, k + REQUIRED_COLUMNS);
      const end = edgeOf(ends, position, k + REQUIRED_COLUMNS);
      if (start === end) measures[k] = Number.NaN;
      else if ((measures[k] = plainNumberAt(text, start, end)) < 0) return false;
    }
    accept(text.slice(taskStart, taskEnd), architecture, agents, solved, 1, line);
    return true;
  };

  const schemaRow = (row: CellSpans, line: number) => {
    const record = Object.fromEntries(columns.map((c, k) => [c, int32At(position, k) < 0 ? undefined : cellAt(row, int32At(position, k))]));
    if (Object.values(record).every((v) => v === undefined || v.trim() === "")) return;
    const result = format === "per-task" ? PerTaskRowSchema.safeParse(record) : AggregateRowSchema.safeParse(record);
    if (!result.success) {
      invalid++;
      for (const issue of result.error.issues) problem(line, String(issue.path[0] ?? "row"), issue.message);
      return;
    }
    const parsed = result.data;
    MEASURES.forEach((m, k) => (measures[k] = parsed[m.column] ?? Number.NaN));
    const architecture = got(ARCHITECTURE_INDEX, parsed.architecture);
    if ("task" in parsed) accept(parsed.task, architecture, parsed.agents, parsed.solved, 1, line);
    else accept(null, architecture, parsed.agents, parsed.solved, parsed.tasks, line);
  };

  const addRow = (row: CellSpans, line: number) => {
    if (format === null) return;
    if (format === "per-task" && fastPerTask(row, line)) return;
    schemaRow(row, line);
  };

  return {
    format,
    addRow,
    addRecord(record, line) {
      addRow(spansOf(header.map((h) => record[h]), scratch), line);
    },
    reject(line, field, reason) {
      invalid++;
      problem(line, field, reason);
    },
    summary: () => summarize(format, tallies, taskIndex.size, { valid, invalid }, errors, moreErrors),
  };
}

/**
 * Where column k's cell starts (edges = starts) or ends (ends) in a row; 0 for a column the header
 * lacks, so its cell is blank. Module-level rather than a closure per row: tsx (the CLI) names every
 * closure with Object.defineProperty, which made a per-row closure cost more than the row.
 */
function edgeOf(edges: Int32Array, position: Int32Array, k: number): number {
  const p = int32At(position, k);
  return p < 0 ? 0 : int32At(edges, p);
}

/** A bitset with room for `word`, doubled so that growing costs O(1) per task on average. */
function grown(bits: Int32Array, word: number): Int32Array {
  const larger = new Int32Array(Math.max(word + 1, bits.length * 2, 64));
  larger.set(bits);
  return larger;
}
