import * as z from "zod/mini";
import { describeNumber, parseNumber, quoteValue, type NumberBounds } from "../data/cell-values";

/*
 * The rows of an architect's own pilot log, as uploaded (CSV or JSON Lines, every cell a string).
 * The upload is parsed in a Web Worker, so the schemas use zod/mini like the scenario fields
 * (lib/scenario/fields.ts): the classic API would add about 40 kB to the worker. Messages match the
 * data files' and the links': `expected an integer in [1, 64], got "abc"`.
 */

/** The architectures a pilot may name: the calculator's (MODELLED_ARCHITECTURES; a test holds them equal). */
export const PILOT_ARCHITECTURES = ["single", "independent", "centralized", "decentralized", "hybrid"] as const;
export type PilotArchitecture = (typeof PILOT_ARCHITECTURES)[number];

/** Agents a design may have (the calculator's range). */
export const MAX_PILOT_AGENTS = 64;
/** Longest task id kept: anything longer is not an id. */
export const MAX_TASK_ID_LENGTH = 200;

/** The optional measures, as column names and as the keys of a design's means, in one table. */
export const MEASURES = [
  { column: "tokens_in", key: "tokensIn" },
  { column: "tokens_out", key: "tokensOut" },
  { column: "turns", key: "turns" },
  { column: "seconds", key: "seconds" },
  { column: "cost", key: "cost" },
] as const;
export type MeasureKey = (typeof MEASURES)[number]["key"];

export type RunLogFormat = "per-task" | "aggregate";

/** Each format's columns in a fixed order: the required ones first, then the measures. */
export const RUN_LOG_COLUMNS = {
  "per-task": ["task", "architecture", "agents", "solved", ...MEASURES.map((m) => m.column)],
  aggregate: ["architecture", "agents", "tasks", "solved", ...MEASURES.map((m) => m.column)],
} as const satisfies Record<RunLogFormat, readonly string[]>;
export const REQUIRED_COLUMNS = 4;

type Accepted<T> = { ok: true; value: T } | { ok: false; expected: string };

/** A cell: missing or blank is "missing value" when required, else undefined; otherwise `accept` decides. */
function cell<T>(accept: (text: string) => Accepted<T>, required: true): z.ZodMiniType<T, string | undefined>;
function cell<T>(accept: (text: string) => Accepted<T>, required: false): z.ZodMiniType<T | undefined, string | undefined>;
function cell<T>(accept: (text: string) => Accepted<T>, required: boolean): z.ZodMiniType<T | undefined, string | undefined> {
  return z.pipe(
    z.optional(z.string()),
    z.transform((raw: string | undefined, ctx) => {
      const text = raw?.trim() ?? "";
      if (text === "") {
        if (!required) return undefined;
        ctx.issues.push({ code: "custom", message: "missing value", input: raw });
        return z.NEVER;
      }
      const result = accept(text);
      if (result.ok) return result.value;
      ctx.issues.push({ code: "custom", message: `expected ${result.expected}, got ${quoteValue(raw)}`, input: raw });
      return z.NEVER;
    }),
  );
}

function numberCell(bounds: NumberBounds): (text: string) => Accepted<number> {
  return (text) => {
    // parseNumber caps the length (MAX_NUMBER_TEXT_LENGTH): anything longer is garbage, whatever it parses to.
    const value = parseNumber(text, bounds);
    return value === undefined ? { ok: false, expected: describeNumber(bounds) } : { ok: true, value };
  };
}

const isArchitecture = (text: string): text is PilotArchitecture => (PILOT_ARCHITECTURES as readonly string[]).includes(text);

const taskCell = cell((text) => (text.length <= MAX_TASK_ID_LENGTH ? { ok: true, value: text } : { ok: false, expected: `a task id of at most ${MAX_TASK_ID_LENGTH} characters` }), true);
const architectureCell = cell((text) => {
  const name = text.toLowerCase();
  return isArchitecture(name) ? { ok: true, value: name } : { ok: false, expected: `one of ${PILOT_ARCHITECTURES.join(", ")}` };
}, true);
const agentsCell = cell(numberCell({ min: 1, max: MAX_PILOT_AGENTS, integer: true }), true);
const SOLVED_WORDS: Readonly<Record<string, 0 | 1>> = { "0": 0, "1": 1, false: 0, true: 1 };
const solvedFlagCell = cell((text) => {
  const value = SOLVED_WORDS[text.toLowerCase()];
  return value === undefined ? { ok: false, expected: "0, 1, true or false" } : { ok: true, value };
}, true);
const measureCell = cell(numberCell({ min: 0 }), false);

const measureShape = {
  tokens_in: measureCell,
  tokens_out: measureCell,
  turns: measureCell,
  seconds: measureCell,
  cost: measureCell,
};

/** The one cross-field rule both formats share: a single-agent design has 1 agent. */
const singleHasOneAgent = <T extends { architecture: PilotArchitecture; agents: number }>() =>
  z.superRefine<T>((row, ctx) => {
    if (row.architecture === "single" && row.agents !== 1) ctx.issues.push({ code: "custom", message: `expected 1 for a single agent, got ${row.agents}`, input: row, path: ["agents"] });
  });

/** One task of one design: did it solve the task, and optionally what it spent. */
export const PerTaskRowSchema = z
  .object({ task: taskCell, architecture: architectureCell, agents: agentsCell, solved: solvedFlagCell, ...measureShape })
  .check(singleHasOneAgent());
export type PerTaskRow = z.output<typeof PerTaskRowSchema>;

/** One design over many tasks: tasks run, tasks solved, and optionally per-task means of what it spent. */
export const AggregateRowSchema = z
  .object({
    architecture: architectureCell,
    agents: agentsCell,
    tasks: cell(numberCell({ min: 1, integer: true }), true),
    solved: cell(numberCell({ min: 0, integer: true }), true),
    ...measureShape,
  })
  .check(singleHasOneAgent())
  .check(
    z.superRefine<{ tasks: number; solved: number }>((row, ctx) => {
      if (row.solved > row.tasks) ctx.issues.push({ code: "custom", message: `expected at most tasks (${row.tasks}), got ${row.solved}`, input: row, path: ["solved"] });
    }),
  );
export type AggregateRow = z.output<typeof AggregateRowSchema>;

/** A header cell as matched against the column names: trimmed, lower case. */
export const columnName = (header: string) => header.trim().toLowerCase();

/**
 * Which format a header (CSV columns or a JSON object's keys) describes: per-task when it has `task`,
 * aggregate when it has `tasks`; the reason, naming the missing columns, when it has neither or lacks
 * a required one. Names match trimmed and in any case; other columns are ignored.
 *
 * @example runLogFormat(["task", "architecture", "agents", "solved"]) // { format: "per-task" }
 * @example runLogFormat(["task", "agents"]) // { reason: 'missing columns "architecture", "solved" (a per-task log needs task, architecture, agents, solved)' }
 */
export function runLogFormat(header: readonly string[]): { format: RunLogFormat } | { reason: string } {
  const names = new Set(header.map(columnName));
  const needs = (format: RunLogFormat) => RUN_LOG_COLUMNS[format].slice(0, REQUIRED_COLUMNS);
  const missing = (format: RunLogFormat) => needs(format).filter((c) => !names.has(c));
  const describe = (format: RunLogFormat) => `${format === "aggregate" ? "an" : "a"} ${format} log needs ${needs(format).join(", ")}`;
  const quoted = (columns: readonly string[]) => `missing column${columns.length === 1 ? "" : "s"} ${columns.map((c) => `"${c}"`).join(", ")}`;
  if (names.has("task") && names.has("tasks")) return { reason: `both "task" and "tasks" columns: ${describe("per-task")}, ${describe("aggregate")}, not both` };
  const format: RunLogFormat | null = names.has("task") ? "per-task" : names.has("tasks") ? "aggregate" : null;
  if (format === null) return { reason: `${quoted(missing("per-task"))} (${describe("per-task")}; ${describe("aggregate")})` };
  const lacking = missing(format);
  return lacking.length === 0 ? { format } : { reason: `${quoted(lacking)} (${describe(format)})` };
}
