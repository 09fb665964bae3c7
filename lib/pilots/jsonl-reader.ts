import { columnName } from "./run-log-schema";
import { countText } from "../format/words";

/*
 * An incremental JSON Lines reader: one JSON value per line, text pushed in chunks of any size. Every
 * line is judged by itself: a line that is not valid JSON is reported and reading goes on. For a run
 * log each object becomes a record of strings, as a CSV row would be (recordOf), so one schema
 * validates both; the OpenTelemetry reader takes the parsed values as they are.
 */

export type JsonLineHandlers = {
  /** A parsed line (any JSON value) and its 1-based line number. */
  onValue(value: unknown, line: number): void;
  /** A line that is not valid JSON. */
  onBadLine(line: number, reason: string): void;
};

export type JsonlReader = { push(text: string): void; end(): void };

/** The longest line read (64 Mi characters): a longer one is reported and skipped, so one line cannot hold the whole file in memory. */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;

/** A JSON value as a cell: strings as they are, numbers and booleans as written, null as absent. */
function cellText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return undefined;
  return JSON.stringify(value);
}

/** What a parsed value is, for a message: "an array", "an object", "a number", "null", "nothing". */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * An object as a record of cells: keys trimmed and in lower case ("Task" is task), values as cells
 * (null: absent).
 *
 * @example recordOf({ Task: "t1", agents: 3, solved: true, cost: null }) // { task: "t1", agents: "3", solved: "true", cost: undefined }
 */
export function recordOf(value: object): Record<string, string | undefined> {
  const record: Record<string, string | undefined> = {};
  for (const [key, v] of Object.entries(value)) record[columnName(key)] = cellText(v);
  return record;
}

/**
 * Reads JSON Lines pushed in chunks. Blank lines are skipped but counted; a byte-order mark is dropped.
 *
 * @example const seen: string[] = []; const jsonl = createJsonlReader({ onValue: (v, line) => seen.push(`${line}: ${JSON.stringify(v)}`), onBadLine: (line) => seen.push(`bad ${line}`) }); jsonl.push('{"agents": 3}\n\nnot json\n[1]'); jsonl.end(); seen
 * // ['1: {"agents":3}', "bad 3", "4: [1]"]
 */
export function createJsonlReader(handlers: JsonLineHandlers): JsonlReader {
  let carry = "";
  let line = 1;
  /** Within an over-long line: text is dropped until its end. */
  let skipping = false;

  const readLine = (text: string) => {
    if (text.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      handlers.onBadLine(line, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    handlers.onValue(value, line);
  };

  const drain = (final: boolean) => {
    let start = 0;
    for (let end = carry.indexOf("\n"); end >= 0; end = carry.indexOf("\n", start)) {
      readLine(carry.slice(start, end));
      line++;
      start = end + 1;
    }
    carry = carry.slice(start);
    if (final && carry !== "") readLine(carry);
  };

  return {
    push(text) {
      if (skipping) {
        const end = text.indexOf("\n");
        if (end < 0) return;
        skipping = false;
        line++;
        text = text.slice(end + 1);
      }
      carry += line === 1 && carry === "" ? text.replace(/^\uFEFF/, "") : text;
      drain(false);
      if (carry.length > MAX_LINE_CHARS) {
        handlers.onBadLine(line, `a line longer than ${countText(MAX_LINE_CHARS)} characters (skipped)`);
        carry = "";
        skipping = true;
      }
    },
    end() {
      if (!skipping) drain(true);
      carry = "";
    },
  };
}
