import { got } from "../model/stats/checked";
import { cellAt, emptySpans, float64At, int32At, plainNumberAt, smallIntAt, spansOf, wordAt, type CellSpans } from "./cell-spans";
import { resolveColumns, type ColumnMapping, type ResolvedColumns } from "./columns";
import { parseNumber } from "../data/cell-values";
import {
  AggregateRowSchema,
  DEFAULT_SCORE_RULE,
  judgeScore,
  MAX_MODEL_NAME_LENGTH,
  MAX_TASK_ID_LENGTH,
  MEASURES,
  perTaskRowSchema,
  PILOT_ARCHITECTURES,
  RUN_LOG_FIELDS,
  type PilotArchitecture,
  type RunLogField,
  type ScoreRule,
} from "./run-log-schema";
import type { RunLogFileReport } from "./run-log-summary";
import type { RowPlace, RunLogTotals } from "./run-log-totals";
import { pilotAgentRange } from "../model/predict/pilot-runs";

/*
 * Rows to totals: every reader (CSV, JSON Lines, Inspect, OpenTelemetry) turns what it reads into
 * records keyed by field name, and the record sink validates each by itself (the zod schema decides
 * and words every reason) and adds it to the upload's totals. The CSV reader's well-formed per-task
 * rows take a fast path that reads the cells in place; anything it does not recognise goes to the schema.
 */

export type { RunLogError, RunLogFileReport, RunLogKind, RunLogSummary } from "./run-log-summary";
export type { PilotArchitecture } from "./run-log-schema";
export { DEFAULT_MAX_ERRORS, createRunLogTotals, type RunLogTotals, type RowPlace } from "./run-log-totals";

/** A design the user chose for a whole file: it applies to the rows (samples, traces) that name none. */
export type ChosenDesign = { architecture: PilotArchitecture; agents: number };

/**
 * How one file is read: the column mapping (CSV, JSON Lines), the design chosen for it (for rows that
 * name none), and the model it ran with when that is not the one it names (every row takes it).
 */
export type FileSettings = { mapping?: ColumnMapping; design?: ChosenDesign | null; model?: string | null };

/** How every file of an upload is read. */
export type ReadRules = {
  /** How a score becomes solved (Inspect scores, score columns): threshold and partial credit. */
  score: ScoreRule;
  /** The agents of an architecture a row names without a count (its measured count, from data/). */
  defaultAgents: Partial<Record<PilotArchitecture, number>>;
  /** The span attribute (or resource attribute) saying whether a trace's task was solved. */
  successAttribute: string;
  /** The attribute naming a trace's task, so traces of different designs pair; else the trace id. */
  taskAttribute: string;
};

export const DEFAULT_READ_RULES: ReadRules = { score: DEFAULT_SCORE_RULE, defaultAgents: {}, successAttribute: "task.success", taskAttribute: "task.id" };

export type RecordSink = {
  /**
   * Validates one row given as strings by field (an absent field: undefined; `modelDefault` is the
   * file's model for a row naming none) and adds it; `scale` multiplies measures given in other units.
   */
  add(record: Partial<Record<RunLogField, string>>, place: RowPlace, modelDefault?: string | null, scale?: Partial<Record<RunLogField, number>>): void;
};

const ARCHITECTURE_INDEX = new Map<string, number>(PILOT_ARCHITECTURES.map((a, i) => [a, i]));

/** The sink of one file: its rows go to `totals`, its report learns whether rows named their design. */
export function createRecordSink(totals: RunLogTotals, report: RunLogFileReport, rules: ReadRules, settings: FileSettings): RecordSink {
  const perTask = perTaskRowSchema(rules.score);
  const measures = new Float64Array(MEASURES.length);
  const design = settings.design ?? null;

  /**
   * A well-formed per-task row, checked in place and added; false leaves it to the schema, which alone
   * words reasons. Reads exactly what the schema reads (a test holds them to the same summary): cells
   * without blanks around them, a known architecture in lower case, agents in its range, a solved
   * value judgeScore reads, measures within their limits, a model of at most 100 characters.
   */
  const fastPerTask = (row: Partial<Record<RunLogField, string>>, place: RowPlace): boolean => {
    const { task, architecture, agents, solved, model } = row;
    if (task === undefined || architecture === undefined || agents === undefined || solved === undefined || row.tasks !== undefined) return false;
    if (task.length === 0 || task.length > MAX_TASK_ID_LENGTH || task.trim() !== task) return false;
    const index = ARCHITECTURE_INDEX.get(architecture);
    const count = smallIntAt(agents, 0, agents.length);
    if (index === undefined || count < int32At(LOWEST_AGENTS, index) || count > int32At(HIGHEST_AGENTS, index)) return false;
    const judged = judgeScore(solved, rules.score);
    if (judged === null || solved.trim() === "") return false;
    for (let k = 0; k < MEASURES.length; k++) {
      const measure = MEASURES[k];
      const text = measure === undefined ? undefined : row[measure.column];
      if (text === undefined) measures[k] = Number.NaN;
      else {
        const value = measure === undefined ? undefined : parseNumber(text, { min: 0, max: measure.max });
        if (value === undefined || text.trim() !== text) return false;
        measures[k] = value;
      }
    }
    if (model !== undefined && (model.length === 0 || model.length > MAX_MODEL_NAME_LENGTH || model.trim() !== model)) return false;
    totals.accept(task, index, count, model ?? null, judged, 1, measures, place);
    return true;
  };

  return {
    add(record, place, modelDefault = null, scale = {}) {
      const row: Partial<Record<RunLogField, string>> = { ...record };
      if (row.architecture === undefined && row.agents === undefined) {
        if (design === null) {
          report.design = "needed";
          totals.invalid(place, "architecture", "the log names no design for this row (no architecture): choose the design the file measured");
          return;
        }
        if (report.design === "log") report.design = "chosen";
        row.architecture = design.architecture;
        row.agents = String(design.agents);
      } else if (row.agents === undefined && row.architecture !== undefined) {
        const measured = rules.defaultAgents[row.architecture.trim().toLowerCase() as PilotArchitecture];
        if (measured !== undefined) row.agents = String(measured);
      }
      if (settings.model !== undefined && settings.model !== null) row.model = settings.model;
      else if (row.model === undefined && modelDefault !== null) row.model = modelDefault;
      // A measure in other units (milliseconds) is checked against its limit once converted.
      for (const [field, factor] of Object.entries(scale)) {
        const raw = row[field as RunLogField];
        const value = raw === undefined ? undefined : parseNumber(raw, {});
        if (value !== undefined && factor !== undefined) row[field as RunLogField] = String(value * factor);
      }
      if (fastPerTask(row, place)) return;
      const aggregate = row.task === undefined && row.tasks !== undefined;
      const result = aggregate ? AggregateRowSchema.safeParse(row) : perTask.safeParse(row);
      if (!result.success) {
        totals.countInvalid();
        for (const issue of result.error.issues) totals.problem(place, String(issue.path[0] ?? "row"), issue.message);
        return;
      }
      const parsed = result.data;
      MEASURES.forEach((m, k) => {
        const value = parsed[m.column];
        measures[k] = value === undefined ? Number.NaN : value;
      });
      const architecture = got(ARCHITECTURE_INDEX, parsed.architecture);
      const model = parsed.model ?? null;
      if ("task" in parsed) totals.accept(parsed.task, architecture, parsed.agents, model, parsed.solved, 1, measures, place);
      else totals.accept(null, architecture, parsed.agents, model, parsed.solved, parsed.tasks, measures, place);
    },
  };
}

export type TableReader = {
  /** A row as spans of cells in the header's order (the CSV reader's: no string per cell). */
  addRow(row: CellSpans, line: number): void;
  /** A JSON Lines object, keyed by its own (trimmed, lower-case) keys: its columns are resolved for it alone. */
  addObject(record: Readonly<Record<string, string | undefined>>, line: number): void;
};

/** The solved cells the fast path reads, and what they mean (index 0 and 1: 0 and 1, then false and true). */
const FAST_SOLVED = ["0", "1", "false", "true"];
/** Printable ASCII, not a space: a cell that starts and ends so needs no trimming. */
const plainEnd = (code: number) => code > 32 && code < 127;
/** Each architecture's agent range (pilotAgentRange), for the fast path. */
const LOWEST_AGENTS = Int32Array.from(PILOT_ARCHITECTURES, (a) => pilotAgentRange(a)[0]);
const HIGHEST_AGENTS = Int32Array.from(PILOT_ARCHITECTURES, (a) => pilotAgentRange(a)[1]);

/**
 * Where the cell of column p starts (edges = starts) or ends (ends) in a row; 0 for a column the file
 * lacks, so its cell is blank. Module-level rather than a closure per row: tsx (the CLI) names every
 * closure with Object.defineProperty, which made a per-row closure cost more than the row.
 */
function edge(p: number, edges: Int32Array): number {
  return p < 0 ? 0 : int32At(edges, p);
}

/** Most distinct key sets of a JSON Lines file whose resolved columns are remembered. */
const MAX_KEY_SETS = 64;
/** Most keys listed for the mapping step. */
const MAX_LISTED_COLUMNS = 100;

/**
 * The reader of one CSV or JSON Lines file: `header` (CSV) fixes the columns of every row; JSON Lines
 * objects each resolve their own. A header that names neither format, or lacks a required field, is
 * one problem on `headerLine` and rows are ignored (`usable` is false); the report then lists the
 * columns and the missing fields for the mapping step.
 */
export function createTableReader(
  totals: RunLogTotals,
  report: RunLogFileReport,
  rules: ReadRules,
  settings: FileSettings,
  header: readonly string[] | null,
  headerLine = 1,
): TableReader & { usable: boolean } {
  const sink = createRecordSink(totals, report, rules, settings);
  const design = settings.design ?? null;
  const defaults: RunLogField[] = design === null ? [] : ["architecture", "agents"];
  const resolved = header === null ? null : resolveColumns(header, settings.mapping, defaults);
  if (header !== null) report.columns = header.slice(0, MAX_LISTED_COLUMNS);
  if (resolved !== null && resolved.reason !== null) {
    report.missing = resolved.missing;
    totals.problem({ line: headerLine, sample: null }, "header", resolved.reason);
  }
  const usable = resolved === null || resolved.format !== null;
  const keySets = new Map<string, ResolvedColumns>();
  const measures = new Float64Array(MEASURES.length);
  const scratch = emptySpans(header?.length ?? 0);
  const place: RowPlace = { line: 0, sample: null };

  /** A record of the fields a row's spans give under `columns` (blank cells as blank strings). */
  const recordOf = (row: CellSpans, columns: ResolvedColumns) => {
    const record: Partial<Record<RunLogField, string>> = {};
    for (const field of RUN_LOG_FIELDS) {
      const p = columns.position[field];
      if (p >= 0) record[field] = cellAt(row, p);
    }
    return record;
  };

  /** The common per-task row, read in place; false leaves it to the schema. */
  const fastPerTask = (row: CellSpans, line: number, columns: ResolvedColumns): boolean => {
    const { position, scale } = columns;
    if (position.architecture < 0 || position.agents < 0) return false;
    const { text, starts, ends } = row;
    const taskStart = edge(position.task, starts);
    const taskEnd = edge(position.task, ends);
    const length = taskEnd - taskStart;
    if (length < 1 || length > MAX_TASK_ID_LENGTH || !plainEnd(text.charCodeAt(taskStart)) || !plainEnd(text.charCodeAt(taskEnd - 1))) return false;
    const architecture = wordAt(text, edge(position.architecture, starts), edge(position.architecture, ends), PILOT_ARCHITECTURES);
    const agents = smallIntAt(text, edge(position.agents, starts), edge(position.agents, ends));
    const solved = wordAt(text, edge(position.solved, starts), edge(position.solved, ends), FAST_SOLVED) % 2;
    if (architecture < 0 || solved < 0 || agents < int32At(LOWEST_AGENTS, architecture) || agents > int32At(HIGHEST_AGENTS, architecture)) return false;
    for (let k = 0; k < MEASURES.length; k++) {
      const measure = MEASURES[k];
      const p = measure === undefined ? -1 : position[measure.column];
      const start = edge(p, starts);
      const end = edge(p, ends);
      if (start === end) measures[k] = Number.NaN;
      else {
        const value = plainNumberAt(text, start, end);
        if (value < 0 || measure === undefined) return false;
        measures[k] = value * (scale[measure.column] ?? 1);
        if (float64At(measures, k) > measure.max) return false;
      }
    }
    let model: string | null = settings.model ?? null;
    if (model === null && position.model >= 0) {
      const start = edge(position.model, starts);
      const end = edge(position.model, ends);
      if (end > start) {
        if (end - start > MAX_MODEL_NAME_LENGTH || !plainEnd(text.charCodeAt(start)) || !plainEnd(text.charCodeAt(end - 1))) return false;
        model = text.slice(start, end);
      }
    }
    place.line = line;
    totals.accept(text.slice(taskStart, taskEnd), architecture, agents, model, solved, 1, measures, place);
    return true;
  };

  const slow = (row: CellSpans, line: number, columns: ResolvedColumns) => {
    const record = recordOf(row, columns);
    if (Object.values(record).every((v) => v === undefined || v.trim() === "")) return;
    // A blank cell of a column is a missing value; a column the file lacks is absent (undefined).
    sink.add(record, { line, sample: null }, null, columns.scale);
  };

  const columnsOfObject = (keys: readonly string[]): ResolvedColumns => {
    const signature = keys.join("\u0000");
    const cached = keySets.get(signature);
    if (cached !== undefined) return cached;
    const columns = resolveColumns(keys, settings.mapping, defaults);
    if (keySets.size < MAX_KEY_SETS) keySets.set(signature, columns);
    const listed = report.columns ?? (report.columns = []);
    for (const key of keys) if (!listed.includes(key) && listed.length < MAX_LISTED_COLUMNS) listed.push(key);
    return columns;
  };

  return {
    usable,
    addRow(row, line) {
      if (resolved === null || resolved.format === null) return;
      if (resolved.format === "per-task" && fastPerTask(row, line, resolved)) return;
      slow(row, line, resolved);
    },
    addObject(record, line) {
      const keys = Object.keys(record);
      const columns = columnsOfObject(keys);
      const row = spansOf(
        keys.map((k) => record[k]),
        scratch,
      );
      if (columns.format === null) {
        if (keys.every((k) => (record[k] ?? "").trim() === "")) return;
        for (const field of columns.missing) if (!report.missing.includes(field)) report.missing.push(field);
        totals.invalid({ line, sample: null }, columns.missing[0] ?? "row", columns.reason ?? "no usable columns");
        return;
      }
      slow(row, line, columns);
    },
  };
}
