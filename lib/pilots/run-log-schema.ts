import * as z from "zod/mini";
import { describeNumber, parseNumber, quoteValue, type NumberBounds } from "../data/cell-values";
import { PILOT_LIMITS, pilotAgentRange } from "../model/predict/pilot-runs";

/*
 * The rows of an architect's own pilot log, whatever wrote it (CSV or JSON Lines cells, an Inspect
 * sample, an OpenTelemetry trace), as records of strings keyed by the canonical field names below. The
 * upload is parsed in a Web Worker, so the schemas use zod/mini like the scenario fields
 * (lib/scenario/fields.ts): the classic API would add about 40 kB to the worker. Messages match the
 * data files' and the links': `expected an integer in [2, 16] for centralized, got 64`. The bounds are
 * the pilots' own (PILOT_LIMITS): a row the reader keeps is one a pilot can hold.
 */

import { isPilotArchitecture, PILOT_ARCHITECTURES, type PilotArchitecture } from "./architectures";

export { PILOT_ARCHITECTURES, type PilotArchitecture } from "./architectures";

/** Agents a design may have: the pilots' range (pilotAgentRange narrows it per architecture). */
export const MAX_PILOT_AGENTS = PILOT_LIMITS.maxAgents;
/** Longest task id kept: anything longer is not an id. */
export const MAX_TASK_ID_LENGTH = 200;
/** Longest model name kept. */
export const MAX_MODEL_NAME_LENGTH = 100;

/**
 * The optional measures, as field names and as the keys of a design's means, in one table, each with
 * the largest value one task may have (the pilot's limit; `tokens_cached` is reported apart and not
 * carried by a pilot, so it shares the input tokens' limit).
 */
export const MEASURES = [
  { column: "tokens_in", key: "tokensIn", max: PILOT_LIMITS.measures.tokensIn },
  { column: "tokens_out", key: "tokensOut", max: PILOT_LIMITS.measures.tokensOut },
  { column: "turns", key: "turns", max: PILOT_LIMITS.measures.turns },
  { column: "seconds", key: "seconds", max: PILOT_LIMITS.measures.seconds },
  { column: "cost", key: "cost", max: PILOT_LIMITS.measures.costUsd },
  { column: "tokens_cached", key: "tokensCached", max: PILOT_LIMITS.measures.tokensIn },
] as const;
export type MeasureKey = (typeof MEASURES)[number]["key"];
export type MeasureColumn = (typeof MEASURES)[number]["column"];

export type RunLogFormat = "per-task" | "aggregate";

/** Each format's fields in a fixed order: the required ones first, then the measures, then the model. */
export const RUN_LOG_COLUMNS = {
  "per-task": ["task", "architecture", "agents", "solved", ...MEASURES.map((m) => m.column), "model"],
  aggregate: ["architecture", "agents", "tasks", "solved", ...MEASURES.map((m) => m.column), "model"],
} as const satisfies Record<RunLogFormat, readonly string[]>;
export const REQUIRED_COLUMNS = 4;
/** Every field a log's row may give. */
export type RunLogField = (typeof RUN_LOG_COLUMNS)[RunLogFormat][number];
export const RUN_LOG_FIELDS: readonly RunLogField[] = [...new Set<RunLogField>([...RUN_LOG_COLUMNS["per-task"], ...RUN_LOG_COLUMNS.aggregate])];

/** How a score becomes solved or not: numbers at or above `threshold` are solved; "P" (partial) only when `partialSolved`. */
export type ScoreRule = { threshold: number; partialSolved: boolean };
export const DEFAULT_SCORE_RULE: ScoreRule = { threshold: 1, partialSolved: false };

/** The words a solved cell may hold (any case): the booleans, Inspect's C (correct), I (incorrect), N (no answer); P (partial) by the rule. */
const SOLVED_WORDS: Readonly<Record<string, 0 | 1>> = { true: 1, false: 0, yes: 1, no: 0, pass: 1, fail: 0, c: 1, i: 0, n: 0 };

/**
 * Whether a score means solved: 1, 0, or null when it is no score. Takes 0/1, true/false, yes/no,
 * pass/fail, Inspect's C/I/N and P (partial: solved only when the rule says so), and any number,
 * solved at or above the rule's threshold (default 1).
 *
 * @example judgeScore("0.75", { threshold: 0.5, partialSolved: false }) // 1
 */
export function judgeScore(value: string | number | boolean, rule: ScoreRule): 0 | 1 | null {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return Number.isFinite(value) ? (value >= rule.threshold ? 1 : 0) : null;
  const text = value.trim().toLowerCase();
  if (text === "p") return rule.partialSolved ? 1 : 0;
  const word = SOLVED_WORDS[text];
  if (word !== undefined) return word;
  const number = parseNumber(text, {});
  return number === undefined ? null : number >= rule.threshold ? 1 : 0;
}

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

const taskCell = cell(
  (text) => (text.length <= MAX_TASK_ID_LENGTH ? { ok: true, value: text } : { ok: false, expected: `a task id of at most ${MAX_TASK_ID_LENGTH} characters` }),
  true,
);
const architectureCell = cell((text) => {
  const name = text.toLowerCase();
  return isPilotArchitecture(name) ? { ok: true, value: name } : { ok: false, expected: `one of ${PILOT_ARCHITECTURES.join(", ")}` };
}, true);
const agentsCell = cell(numberCell({ min: 1, max: MAX_PILOT_AGENTS, integer: true }), true);
const modelCell = cell(
  (text) =>
    text.length <= MAX_MODEL_NAME_LENGTH ? { ok: true, value: text } : { ok: false, expected: `a model name of at most ${MAX_MODEL_NAME_LENGTH} characters` },
  false,
);
const solvedCell = (rule: ScoreRule) =>
  cell((text) => {
    const value = judgeScore(text, rule);
    return value === null ? { ok: false, expected: `0, 1, true, false, C, I, P or a score (solved at ${rule.threshold} or more)` } : { ok: true, value };
  }, true);

const measureShape = Object.fromEntries(MEASURES.map((m) => [m.column, cell(numberCell({ min: 0, max: m.max }), false)])) as Record<
  MeasureColumn,
  z.ZodMiniType<number | undefined, string | undefined>
>;

/** The cross-field rule both formats share: the agent count must be one the architecture allows (single 1, hybrid 3-16, others 2-16). */
const agentsFitArchitecture = <T extends { architecture: PilotArchitecture; agents: number }>() =>
  z.superRefine<T>((row, ctx) => {
    const [low, high] = pilotAgentRange(row.architecture);
    if (row.agents < low || row.agents > high) {
      const expected = low === high ? `${low} for a single agent` : `an integer in [${low}, ${high}] for ${row.architecture}`;
      ctx.issues.push({ code: "custom", message: `expected ${expected}, got ${row.agents}`, input: row, path: ["agents"] });
    }
  });

/** One task of one design: did it solve the task, and optionally what it spent and with which model. */
export function perTaskRowSchema(rule: ScoreRule = DEFAULT_SCORE_RULE) {
  return z
    .object({ task: taskCell, architecture: architectureCell, agents: agentsCell, solved: solvedCell(rule), ...measureShape, model: modelCell })
    .check(agentsFitArchitecture());
}

/** One design over many tasks: tasks run (at most a pilot's), tasks solved, and optionally per-task means of what it spent. */
export const AggregateRowSchema = z
  .object({
    architecture: architectureCell,
    agents: agentsCell,
    tasks: cell(numberCell({ min: 1, max: PILOT_LIMITS.maxTasks, integer: true }), true),
    solved: cell(numberCell({ min: 0, integer: true }), true),
    ...measureShape,
    model: modelCell,
  })
  .check(agentsFitArchitecture())
  .check(
    z.superRefine<{ tasks: number; solved: number }>((row, ctx) => {
      if (row.solved > row.tasks)
        ctx.issues.push({ code: "custom", message: `expected at most tasks (${row.tasks}), got ${row.solved}`, input: row, path: ["solved"] });
    }),
  );

/** A header cell as matched against the field names: trimmed, lower case. */
export const columnName = (header: string) => header.trim().toLowerCase();
