import { PILOT_LIMITS } from "../model/predict/pilot-runs";
import { at } from "../model/stats/checked";
import { float64At, int32At } from "./cell-spans";
import { MAX_PILOT_AGENTS, MEASURES, PILOT_ARCHITECTURES, type RunLogField } from "./run-log-schema";
import { newTally, summarize, type RunLogError, type RunLogFileReport, type RunLogKind, type RunLogSummary, type Tally } from "./run-log-summary";
import { counted, countText } from "../format/words";

/*
 * The running totals of an upload, shared by every file in it and every reader (CSV, JSON Lines,
 * Inspect, OpenTelemetry): per-design tallies, each distinct task id once (so designs of different
 * files pair when their task ids match), the invalid rows named by file, place and field (only the
 * first `maxErrors` kept, so a bad file cannot exhaust memory), and the pilots' limits checked once,
 * here: a design beyond PILOT_LIMITS.maxPilots or a task beyond PILOT_LIMITS.maxTasks is an invalid row.
 */

export const DEFAULT_MAX_ERRORS = 1000;

/** Where a row is: a line (CSV, JSON Lines) or a sample or trace (Inspect, OpenTelemetry). */
export type RowPlace = { line: number | null; sample: string | null };

export type RunLogTotals = {
  /** Starts the next file's report; every row until the next call counts for it. */
  startFile(name: string, kind: RunLogKind): RunLogFileReport;
  /**
   * Adds one validated row: `weight` tasks of which `solved` solved, `task` its id (null for an
   * aggregate row), `measures` NaN where absent. False (and the row invalid, its reason listed) when
   * it repeats a task of its design or breaks a pilot's limit.
   */
  accept(
    task: string | null,
    architecture: number,
    agents: number,
    model: string | null,
    solved: number,
    weight: number,
    measures: Float64Array,
    place: RowPlace,
  ): boolean;
  /** A problem with one field of a row (or "header", "row"); `invalid` counts the row as invalid too. */
  problem(place: RowPlace, field: string, reason: string): void;
  invalid(place: RowPlace, field: string, reason: string): void;
  /** Counts a row invalid whose problems were already listed. */
  countInvalid(): void;
  summary(): RunLogSummary;
};

const agentsWord = (agents: number) => `${counted(agents, "agent")}`;

/** Totals for one upload of any number of files. */
export function createRunLogTotals(options: { maxErrors?: number } = {}): RunLogTotals {
  const maxErrors = options.maxErrors ?? DEFAULT_MAX_ERRORS;
  const tallies: (Tally | undefined)[] = [];
  const modelIndex = new Map<string, number>();
  const taskIndex = new Map<string, number>();
  const errors: RunLogError[] = [];
  const files: RunLogFileReport[] = [];
  const rows = { valid: 0, invalid: 0 };
  let designs = 0;
  let moreErrors = 0;
  let file: RunLogFileReport | null = null;

  const current = (): RunLogFileReport => {
    if (file === null) throw new RangeError("run-log totals: a row came before startFile");
    return file;
  };
  const problem = (place: RowPlace, field: string, reason: string) => {
    if (errors.length < maxErrors) errors.push({ file: current().name, line: place.line, sample: place.sample, field, reason });
    else moreErrors++;
  };
  const countInvalid = () => {
    rows.invalid++;
    current().rows.invalid++;
  };
  const invalid = (place: RowPlace, field: string, reason: string) => {
    countInvalid();
    problem(place, field, reason);
  };

  /** The design's tally, created on first sight; null (the row invalid) when it would be one design too many. */
  const tally = (architecture: number, agents: number, model: string | null, place: RowPlace): Tally | null => {
    let m = -1;
    if (model !== null) {
      const known = modelIndex.get(model);
      if (known === undefined) modelIndex.set(model, (m = modelIndex.size));
      else m = known;
      const report = current();
      if (!report.models.includes(model) && report.models.length < PILOT_LIMITS.maxPilots) report.models.push(model);
    }
    const index = ((m + 1) * PILOT_ARCHITECTURES.length + architecture) * (MAX_PILOT_AGENTS + 1) + agents;
    const found = tallies[index];
    if (found !== undefined) return found;
    const name = at(PILOT_ARCHITECTURES, architecture);
    if (designs >= PILOT_LIMITS.maxPilots) {
      invalid(
        place,
        "architecture",
        `a log holds at most ${PILOT_LIMITS.maxPilots} designs (the pilots a scenario takes); ${name} with ${agentsWord(agents)}${model === null ? "" : ` (${model})`} would be one more`,
      );
      return null;
    }
    designs++;
    const created = newTally(name, agents, model);
    tallies[index] = created;
    return created;
  };

  return {
    startFile(name, kind) {
      file = { name, kind, rows: { valid: 0, invalid: 0 }, models: [], design: "log", columns: null, missing: [] };
      files.push(file);
      return file;
    },
    accept(task, architecture, agents, model, solved, weight, measures, place) {
      const t = tally(architecture, agents, model, place);
      if (t === null) return false;
      let word = -1;
      let bit = 0;
      // A task id new to the upload is registered only once a row of it is kept.
      const known = task === null ? undefined : taskIndex.get(task);
      if (task !== null) {
        const index = known ?? taskIndex.size;
        word = index >>> 5;
        bit = 1 << (index & 31);
        if (word >= t.seen.length) t.seen = grown(t.seen, word);
        if ((int32At(t.seen, word) & bit) !== 0) {
          invalid(
            place,
            "task",
            `task "${task}" is already in the log for ${t.architecture} with ${agentsWord(agents)}${t.model === null ? "" : ` (${t.model})`} (the first is kept)`,
          );
          return false;
        }
      }
      if (t.tasks + weight > PILOT_LIMITS.maxTasks) {
        const field: RunLogField = task === null ? "tasks" : "task";
        invalid(
          place,
          field,
          `${t.architecture} with ${agentsWord(agents)} already has ${countText(t.tasks)} tasks; a pilot takes at most ${countText(PILOT_LIMITS.maxTasks)}`,
        );
        return false;
      }
      if (task !== null && known === undefined) taskIndex.set(task, taskIndex.size);
      if (word >= 0) {
        t.seen[word] = int32At(t.seen, word) | bit;
        t.perTask += 1;
      }
      rows.valid++;
      current().rows.valid++;
      t.tasks += weight;
      t.solved += solved;
      for (let k = 0; k < MEASURES.length; k++) {
        const value = float64At(measures, k);
        if (value === value) {
          t.sums[k] = float64At(t.sums, k) + value * weight;
          t.counts[k] = float64At(t.counts, k) + weight;
        }
      }
      return true;
    },
    problem,
    invalid,
    countInvalid,
    summary: () => summarize(tallies, taskIndex.size, rows, errors, moreErrors, files),
  };
}

/** A bitset with room for `word`, doubled so that growing costs O(1) per task on average. */
function grown(bits: Int32Array, word: number): Int32Array {
  const larger = new Int32Array(Math.max(word + 1, bits.length * 2, 64));
  larger.set(bits);
  return larger;
}
