import { columnName, REQUIRED_COLUMNS, RUN_LOG_COLUMNS, RUN_LOG_FIELDS, type RunLogField, type RunLogFormat } from "./run-log-schema";
import { plural } from "../format/words";

/*
 * Which column of a log is which field: the field's own name, else a common alias (the names other
 * harnesses write: SWE-bench's instance_id and resolved, OpenAI's prompt_tokens, ...), else the
 * mapping the user gave (the page's mapping step, `--map task=instance_id` on the CLI). A column in
 * milliseconds is scaled to seconds.
 */

/** Each field's accepted column names, its own first; the first one a header holds wins. */
export const COLUMN_ALIASES: Readonly<Record<RunLogField, readonly string[]>> = {
  task: ["task", "task_id", "instance_id", "sample_id", "id"],
  architecture: ["architecture", "arch", "design"],
  agents: ["agents", "agent_count", "n_agents", "num_agents"],
  solved: ["solved", "success", "resolved", "passed", "correct", "score"],
  tasks: ["tasks", "n_tasks", "task_count"],
  tokens_in: ["tokens_in", "input_tokens", "prompt_tokens"],
  tokens_out: ["tokens_out", "output_tokens", "completion_tokens"],
  tokens_cached: ["tokens_cached", "cached_tokens", "cache_read_tokens", "input_tokens_cache_read"],
  turns: ["turns", "model_calls", "llm_calls"],
  seconds: ["seconds", "duration_s", "latency", "latency_s", "duration", "working_time", "latency_ms", "duration_ms"],
  cost: ["cost", "cost_usd"],
  model: ["model", "model_name"],
};

/** Columns in milliseconds: their values are divided by 1,000 into seconds. */
const MILLISECONDS = new Set(["latency_ms", "duration_ms"]);

/** The user's choice of column per field (header names as written), for fields the aliases miss or get wrong. */
export type ColumnMapping = Partial<Record<RunLogField, string>>;

/** Where each field sits in a header (-1: absent) and the factor its values are multiplied by. */
export type ResolvedColumns = {
  /** null when the header names neither format, or lacks a required field. */
  format: RunLogFormat | null;
  position: Readonly<Record<RunLogField, number>>;
  scale: Readonly<Partial<Record<RunLogField, number>>>;
  /** Required fields not found, for the format the header leans to (the mapping step asks for them). */
  missing: RunLogField[];
  /** Why the header is unusable, naming the missing fields; null when usable. */
  reason: string | null;
};

/**
 * Finds each field's column in a header: a mapped column first, then the field's name or its first
 * alias present (a mapped name the header lacks is named in the reason when the header is unusable). `defaults` names the fields the caller
 * fills when the header lacks them (a design chosen for the whole file: architecture and agents), so
 * they are not missing. A header with `task` (or a mapped task column) is per task; without one, with
 * `tasks` it is per design; an alias of task (`id`, ...) counts only when there is no `tasks` column.
 *
 * @example resolveColumns(["instance_id", "architecture", "agents", "resolved"]).format // "per-task"
 */
export function resolveColumns(header: readonly string[], mapping: ColumnMapping = {}, defaults: readonly RunLogField[] = []): ResolvedColumns {
  const names = header.map(columnName);
  const position = Object.fromEntries(RUN_LOG_FIELDS.map((f) => [f, -1])) as Record<RunLogField, number>;
  const scale: Partial<Record<RunLogField, number>> = {};
  const unmapped: string[] = [];
  for (const field of RUN_LOG_FIELDS) {
    const mapped = mapping[field];
    if (mapped !== undefined && mapped.trim() !== "") {
      const at = names.indexOf(columnName(mapped));
      position[field] = at;
      if (at >= 0) continue;
      // A mapping serves every file of an upload: where this header lacks the column, the usual names apply.
      unmapped.push(`${field}=${mapped}`);
    }
    for (const alias of COLUMN_ALIASES[field]) {
      const at = names.indexOf(alias);
      if (at < 0) continue;
      position[field] = at;
      if (MILLISECONDS.has(alias)) scale[field] = 1e-3;
      break;
    }
  }
  const ownTask = names.includes("task") || (mapping.task !== undefined && names.includes(columnName(mapping.task)));
  if (!ownTask && position.tasks >= 0) position.task = -1;
  const format: RunLogFormat | null = position.task >= 0 ? "per-task" : position.tasks >= 0 ? "aggregate" : null;
  const need = (f: RunLogFormat) => RUN_LOG_COLUMNS[f].slice(0, REQUIRED_COLUMNS).filter((c) => position[c] < 0 && !defaults.includes(c));
  const missing = need(format ?? "per-task");
  const describe = (f: RunLogFormat) => `${f === "aggregate" ? "an" : "a"} ${f} log needs ${RUN_LOG_COLUMNS[f].slice(0, REQUIRED_COLUMNS).join(", ")}`;
  const quoted = (fields: readonly string[]) => `missing ${plural(fields.length, "column")} ${fields.map((c) => `"${c}"`).join(", ")}`;
  const mapNote = unmapped.length === 0 ? "" : `; mapped ${plural(unmapped.length, "column")} not in the header: ${unmapped.join(", ")}`;
  if (ownTask && names.includes("tasks") && !(mapping.task !== undefined && names.includes(columnName(mapping.task)))) {
    return {
      format: null,
      position,
      scale,
      missing: [],
      reason: `both "task" and "tasks" columns: ${describe("per-task")}, ${describe("aggregate")}, not both`,
    };
  }
  if (missing.length === 0 && format !== null) return { format, position, scale, missing, reason: null };
  const which = format === null ? `${describe("per-task")}; ${describe("aggregate")}` : describe(format);
  const lacking = missing.length === 0 ? "" : `${quoted(missing)} `;
  return { format: null, position, scale, missing, reason: `${lacking}(${which}${aliasNote(missing)})${mapNote}`.trim() };
}

/** The aliases of missing fields, so a message says which names would have been found. */
function aliasNote(missing: readonly RunLogField[]): string {
  const withAliases = missing.filter((f) => COLUMN_ALIASES[f].length > 1);
  if (withAliases.length === 0) return "";
  return `; also read as ${withAliases.map((f) => `${f}: ${COLUMN_ALIASES[f].slice(1).join(", ")}`).join("; ")}`;
}

/**
 * Reads a `--map` value: field=column pairs separated by commas. A field that is not one, or a pair
 * without "=", is named in the error.
 *
 * @example parseColumnMapping("task=instance_id,solved=resolved") // { ok: true, mapping: { task: "instance_id", solved: "resolved" } }
 */
export function parseColumnMapping(text: string): { ok: true; mapping: ColumnMapping } | { ok: false; message: string } {
  const mapping: ColumnMapping = {};
  for (const pair of text.split(",")) {
    if (pair.trim() === "") continue;
    const equals = pair.indexOf("=");
    const field = columnName(equals < 0 ? pair : pair.slice(0, equals));
    const column = equals < 0 ? "" : pair.slice(equals + 1).trim();
    if (equals < 0 || column === "")
      return {
        ok: false,
        message: `expected FIELD=COLUMN pairs separated by commas (e.g. task=instance_id,solved=resolved), got "${pair.trim().slice(0, 40)}"`,
      };
    if (!isField(field)) return { ok: false, message: `"${field.slice(0, 40)}" is not a field: one of ${RUN_LOG_FIELDS.join(", ")}` };
    if (mapping[field] !== undefined) return { ok: false, message: `${field} is mapped twice` };
    mapping[field] = column;
  }
  return { ok: true, mapping };
}

const isField = (name: string): name is RunLogField => (RUN_LOG_FIELDS as readonly string[]).includes(name);
