import { float64At } from "./cell-spans";
import { MEASURES, type MeasureKey, type PilotArchitecture, type RunLogFormat } from "./run-log-schema";

/* What a pilot log adds up to: the summary the upload and the CLI read, and the tallies behind it. */

export type RunLogError = { line: number; field: string; reason: string };
export type RunLogMeans = Partial<Record<MeasureKey, number>>;
/** One design of the pilot: tasks run and solved, and per-task means of the measures some rows gave. */
export type RunLogDesign = { architecture: PilotArchitecture; agents: number; tasks: number; solved: number; means: RunLogMeans };
export type RunLogSummary = {
  /** null when the header names neither format (errors then holds that one reason). */
  format: RunLogFormat | null;
  /** In PILOT_ARCHITECTURES order, then by agents. */
  designs: RunLogDesign[];
  /** Per-task logs with two designs or more that all ran the same task ids; false for aggregates. */
  paired: boolean;
  rows: { valid: number; invalid: number };
  /** The first maxErrors problems, in file order; a row with several bad fields has one per field. */
  errors: RunLogError[];
  /** Problems found beyond those kept. */
  moreErrors: number;
};

/**
 * One design's running totals. `seen` is a bitset over task indices (per-task logs): a million rows of
 * five designs keep 200,000 task ids once, plus 25 kB of bits per design, instead of a map per design.
 */
export type Tally = { architecture: PilotArchitecture; agents: number; tasks: number; solved: number; sums: Float64Array; counts: Float64Array; seen: Int32Array };

/** A design's tally before any row. */
export function newTally(architecture: PilotArchitecture, agents: number): Tally {
  return { architecture, agents, tasks: 0, solved: 0, sums: new Float64Array(MEASURES.length), counts: new Float64Array(MEASURES.length), seen: new Int32Array(0) };
}

/**
 * The summary of a log's tallies (in design order; holes are designs never seen). `distinctTasks` is
 * how many task ids the whole log named. Copies what it returns, so the aggregator can go on.
 *
 * @example summarize("aggregate", [newTally("hybrid", 3)], 0, { valid: 0, invalid: 0 }, [], 0).designs
 * // [{ architecture: "hybrid", agents: 3, tasks: 0, solved: 0, means: {} }]
 */
export function summarize(
  format: RunLogFormat | null,
  tallies: readonly (Tally | undefined)[],
  distinctTasks: number,
  rows: RunLogSummary["rows"],
  errors: readonly RunLogError[],
  moreErrors: number,
): RunLogSummary {
  const present = tallies.filter((t): t is Tally => t !== undefined);
  const designs = present.map((t) => {
    const means: RunLogMeans = {};
    MEASURES.forEach((m, k) => {
      const count = float64At(t.counts, k);
      if (count > 0) means[m.key] = float64At(t.sums, k) / count;
    });
    return { architecture: t.architecture, agents: t.agents, tasks: t.tasks, solved: t.solved, means };
  });
  // Paired: two designs or more, each holding every task id of the log (no task repeats within a
  // design, so holding as many as the log has distinct means holding all).
  const paired = format === "per-task" && present.length >= 2 && present.every((t) => t.tasks === distinctTasks);
  return { format, designs, paired, rows: { ...rows }, errors: [...errors], moreErrors };
}
