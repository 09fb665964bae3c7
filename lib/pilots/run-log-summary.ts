import { float64At } from "./cell-spans";
import { MEASURES, type MeasureKey, type PilotArchitecture, type RunLogField, type RunLogFormat } from "./run-log-schema";

/* What a pilot log adds up to: the summary the upload and the CLI read, and the tallies behind it. */

/**
 * An invalid row: the file, where in it (a line of a CSV or JSON Lines file, or a sample or trace of an
 * Inspect log or OpenTelemetry file), the field and the reason.
 */
export type RunLogError = { file: string; line: number | null; sample: string | null; field: string; reason: string };
export type RunLogMeans = Partial<Record<MeasureKey, number>>;
/** One design of the pilot: tasks run and solved, per-task means of the measures some rows gave, and the model the rows named (null: none). */
export type RunLogDesign = { architecture: PilotArchitecture; agents: number; model: string | null; tasks: number; solved: number; means: RunLogMeans };
/** What kind of log a file was read as. */
export type RunLogKind = "csv" | "jsonl" | "inspect-eval" | "inspect-json" | "otlp";
/** One file of an upload: how it was read, what it gave, and what the page needs to ask about it. */
export type RunLogFileReport = {
  name: string;
  kind: RunLogKind;
  rows: { valid: number; invalid: number };
  /** The models its rows named (Inspect's eval.model, traces' gen_ai.request.model, a model column), first seen first. */
  models: string[];
  /**
   * Whether rows named their design: "log" (every valid row did), "chosen" (some took the design
   * chosen for the file), "needed" (some named none and no design was chosen: they are invalid).
   */
  design: "log" | "chosen" | "needed";
  /** The header's columns (CSV), or the keys of the objects (JSON Lines), for the mapping step; null for Inspect and OTLP. */
  columns: string[] | null;
  /** Required fields no column gave (the mapping step asks for them), for CSV and JSON Lines. */
  missing: RunLogField[];
};
export type RunLogSummary = {
  /** "per-task" or "aggregate" when every valid row is of that format ("mixed" when a JSON Lines log holds both); null when no row was valid. */
  format: RunLogFormat | "mixed" | null;
  /** In PILOT_ARCHITECTURES order, then by agents, then by model in order of appearance. */
  designs: RunLogDesign[];
  /** Per-task logs with two designs or more that all ran the same task ids (across files); false with aggregate rows. */
  paired: boolean;
  rows: { valid: number; invalid: number };
  /** The first maxErrors problems, file by file in order; a row with several bad fields has one per field. */
  errors: RunLogError[];
  /** Problems found beyond those kept. */
  moreErrors: number;
  files: RunLogFileReport[];
};

/**
 * One design's running totals. `seen` is a bitset over task indices (per-task rows): a million rows of
 * five designs keep 200,000 task ids once, plus 25 kB of bits per design, instead of a map per design.
 */
export type Tally = {
  architecture: PilotArchitecture;
  agents: number;
  model: string | null;
  tasks: number;
  solved: number;
  sums: Float64Array;
  counts: Float64Array;
  seen: Int32Array;
  /** Tasks given by per-task rows (the others came from aggregate rows). */
  perTask: number;
};

/** A design's tally before any row. */
export function newTally(architecture: PilotArchitecture, agents: number, model: string | null = null): Tally {
  return {
    architecture,
    agents,
    model,
    tasks: 0,
    solved: 0,
    sums: new Float64Array(MEASURES.length),
    counts: new Float64Array(MEASURES.length),
    seen: new Int32Array(0),
    perTask: 0,
  };
}

/** A design's means: each measure's sum over the tasks that gave it. */
function meansOf(t: Tally): RunLogMeans {
  const means: RunLogMeans = {};
  MEASURES.forEach((m, k) => {
    const count = float64At(t.counts, k);
    if (count > 0) means[m.key] = float64At(t.sums, k) / count;
  });
  return means;
}

/**
 * The summary of a log's tallies (in design order; holes are designs never seen). `distinctTasks` is
 * how many task ids the whole upload named. Copies what it returns, so reading can go on.
 *
 * @example summarize([newTally("hybrid", 3)], 0, { valid: 0, invalid: 0 }, [], 0, []).designs
 * // [{ architecture: "hybrid", agents: 3, model: null, tasks: 0, solved: 0, means: {} }]
 */
export function summarize(
  tallies: readonly (Tally | undefined)[],
  distinctTasks: number,
  rows: RunLogSummary["rows"],
  errors: readonly RunLogError[],
  moreErrors: number,
  files: readonly RunLogFileReport[],
): RunLogSummary {
  const present = tallies.filter((t): t is Tally => t !== undefined).sort((a, b) => designOrder(a) - designOrder(b));
  const designs = present.map((t) => ({ architecture: t.architecture, agents: t.agents, model: t.model, tasks: t.tasks, solved: t.solved, means: meansOf(t) }));
  const perTask = present.every((t) => t.perTask === t.tasks);
  const aggregate = present.every((t) => t.perTask === 0);
  const format = present.length === 0 || rows.valid === 0 ? null : perTask ? "per-task" : aggregate ? "aggregate" : "mixed";
  // Paired: two designs or more, each holding every task id of the upload (no task repeats within a
  // design, so holding as many as the upload has distinct means holding all).
  const paired = format === "per-task" && present.length >= 2 && present.every((t) => t.tasks === distinctTasks);
  return {
    format,
    designs,
    paired,
    rows: { ...rows },
    errors: [...errors],
    moreErrors,
    files: files.map((f) => ({
      ...f,
      rows: { ...f.rows },
      models: [...f.models],
      missing: [...f.missing],
      columns: f.columns === null ? null : [...f.columns],
    })),
  };
}

const ORDER = ["single", "independent", "centralized", "decentralized", "hybrid"];
/** Architecture, then agents; the model's order of appearance is kept by the stable sort. */
const designOrder = (t: Tally) => ORDER.indexOf(t.architecture) * 100 + t.agents;
