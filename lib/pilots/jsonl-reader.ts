import { columnName } from "./run-log-schema";

/*
 * An incremental JSON Lines reader: one JSON object per line, text pushed in chunks of any size.
 * Each object becomes a record of strings, as a CSV row would be, so one schema validates both:
 * numbers and booleans as written (3, true), null as a blank cell, anything else as its JSON.
 */

export type JsonlHandlers = {
  /** The first object's record and line; return false to stop reading (an unusable set of keys). */
  onFirst(record: Readonly<Record<string, string | undefined>>, line: number): boolean;
  onRecord(record: Readonly<Record<string, string | undefined>>, line: number): void;
  /** A line that is not a JSON object; `first` when it is the first non-blank line (reading then stops). */
  onBadLine(line: number, reason: string, first: boolean): void;
};

export type JsonlReader = { push(text: string): void; end(): void; readonly firstSeen: boolean };

/** A JSON value as a cell: strings as they are, numbers and booleans as written, null as absent. */
function cellText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return undefined;
  return JSON.stringify(value);
}

/** What a parsed line is, for a message: "an array", "a number", "null". */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

/**
 * Reads JSON Lines pushed in chunks. Blank lines are skipped but counted; keys match trimmed and in any
 * case ("Task" is task).
 *
 * @example const seen: string[] = []; const jsonl = createJsonlReader({ onFirst: (r) => (seen.push(`${r.agents}`), true), onRecord: (r) => seen.push(`${r.agents}`), onBadLine: (line) => seen.push(`bad ${line}`) }); jsonl.push('{"agents": 3}\n\n{"Agents": null}\nnot json\n'); jsonl.end(); seen
 * // ["3", "undefined", "bad 4"]
 */
export function createJsonlReader(handlers: JsonlHandlers): JsonlReader {
  let carry = "";
  let line = 1;
  let firstSeen = false;
  let stopped = false;

  const readLine = (text: string) => {
    if (text.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      handlers.onBadLine(line, `not valid JSON (${detail})`, !firstSeen);
      stopped = !firstSeen;
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      handlers.onBadLine(line, `expected a JSON object, got ${kindOf(value)}`, !firstSeen);
      stopped = !firstSeen;
      return;
    }
    const record: Record<string, string | undefined> = {};
    for (const [key, v] of Object.entries(value)) record[columnName(key)] = cellText(v);
    if (firstSeen) handlers.onRecord(record, line);
    else {
      firstSeen = true;
      stopped = !handlers.onFirst(record, line);
    }
  };

  const drain = (final: boolean) => {
    let start = 0;
    for (let end = carry.indexOf("\n"); end >= 0 && !stopped; end = carry.indexOf("\n", start)) {
      readLine(carry.slice(start, end));
      line++;
      start = end + 1;
    }
    carry = stopped ? "" : carry.slice(start);
    if (final && !stopped && carry !== "") readLine(carry);
  };

  return {
    push(text) {
      if (stopped) return;
      carry += line === 1 && carry === "" ? text.replace(/^\uFEFF/, "") : text;
      drain(false);
    },
    end() {
      if (!stopped) drain(true);
      carry = "";
    },
    get firstSeen() {
      return firstSeen;
    },
  };
}
