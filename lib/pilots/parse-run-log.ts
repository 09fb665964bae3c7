import { createCsvReader } from "./csv-reader";
import { createJsonlReader } from "./jsonl-reader";
import { createRunLogAggregator, type RunLogAggregator, type RunLogSummary } from "./run-log";
import { runLogFormat, RUN_LOG_COLUMNS } from "./run-log-schema";

/*
 * A pilot log from text to its summary, in one pass and bounded memory: the same code reads a File in
 * the browser's Web Worker (components/calculator/run-log.worker.ts) and a string or Buffer in Node
 * (the CLI). Browser-safe: no Node APIs.
 */

export type RunLogSyntax = "csv" | "jsonl";
export type ParseRunLogOptions = {
  /** Called after each chunk with the share of the input read, 0 to 1. */
  onProgress?: (fraction: number) => void;
  /** How many problems the summary keeps (DEFAULT_MAX_ERRORS). */
  maxErrors?: number;
};
export type RunLogReader = { push(text: string): void; end(): RunLogSummary };

/** Characters of text, or bytes of a Blob, read per step: progress is reported after each. */
export const CHUNK_SIZE = 1 << 20;

/**
 * JSON Lines or CSV: by the file name's extension (.jsonl, .ndjson, .json; .csv, .tsv), else by the
 * first non-blank character ("{" is JSON Lines).
 *
 * @example runLogSyntax("pilot.txt", '  {"task": "t1"}') // "jsonl"
 */
export function runLogSyntax(fileName: string, start: string): RunLogSyntax {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "jsonl" || extension === "ndjson" || extension === "json") return "jsonl";
  if (extension === "csv" || extension === "tsv") return "csv";
  return start.trimStart().startsWith("{") ? "jsonl" : "csv";
}

const emptySummary = (line: number, reason: string): RunLogSummary => ({
  format: null,
  designs: [],
  paired: false,
  rows: { valid: 0, invalid: 0 },
  errors: [{ line, field: "header", reason }],
  moreErrors: 0,
});

/**
 * A reader for one file: push its text in chunks of any size, then `end()` for the summary. The
 * syntax is decided on the first text that is not blank (runLogSyntax).
 */
export function createRunLogReader(fileName: string, options: ParseRunLogOptions = {}): RunLogReader {
  const settings = { maxErrors: options.maxErrors };
  // Set by the readers' callbacks: an object, so that TypeScript does not narrow it to its initial null.
  const state: { aggregator: RunLogAggregator | null; firstLine: { line: number; reason: string } | null } = { aggregator: null, firstLine: null };
  let reader: { push(text: string): void; end(): void } | null = null;
  let pending = "";

  const csv = () =>
    createCsvReader({
      onHeader: (cells, line) => {
        state.aggregator = createRunLogAggregator(cells, { ...settings, headerLine: line });
        return state.aggregator.format !== null;
      },
      onRow: (row, line) => state.aggregator?.addRow(row, line),
      onBadRow: (line, reason) => state.aggregator?.reject(line, "row", reason),
    });

  const jsonl = () =>
    createJsonlReader({
      onFirst: (record, line) => {
        // The first object's keys name the format; every later object is read by those columns.
        const keys = Object.keys(record);
        const detected = runLogFormat(keys);
        const aggregator = createRunLogAggregator("format" in detected ? RUN_LOG_COLUMNS[detected.format] : keys, { ...settings, headerLine: line });
        state.aggregator = aggregator;
        aggregator.addRecord(record, line);
        return aggregator.format !== null;
      },
      onRecord: (record, line) => state.aggregator?.addRecord(record, line),
      onBadLine: (line, reason, first) => {
        if (first) state.firstLine = { line, reason: `the first line must be a JSON object naming the columns: ${reason}` };
        else state.aggregator?.reject(line, "row", reason);
      },
    });

  return {
    push(text) {
      if (reader === null) {
        pending += text;
        if (pending.trim() === "") return;
        reader = runLogSyntax(fileName, pending) === "jsonl" ? jsonl() : csv();
        text = pending;
        pending = "";
      }
      reader.push(text);
    },
    end() {
      reader?.end();
      if (state.firstLine !== null) return emptySummary(state.firstLine.line, state.firstLine.reason);
      return state.aggregator?.summary() ?? emptySummary(1, "the file is empty: a log needs a header row (CSV) or one JSON object per line");
    },
  };
}

/**
 * Parses a whole pilot log held in memory (a string, or the bytes of a UTF-8 file such as a Node
 * Buffer), reporting progress per chunk. For the CLI and tests; the browser reads Files with
 * parseRunLogBlob.
 *
 * @example parseRunLogText("task,architecture,agents,solved\nt1,single,1,1\nt2,single,1,0\n", "pilot.csv").designs
 * // [{ architecture: "single", agents: 1, tasks: 2, solved: 1, means: {} }]
 */
export function parseRunLogText(input: string | Uint8Array, fileName: string, options: ParseRunLogOptions = {}): RunLogSummary {
  const text = typeof input === "string" ? input : new TextDecoder().decode(input);
  const reader = createRunLogReader(fileName, options);
  for (let start = 0; start < text.length; start += CHUNK_SIZE) {
    reader.push(text.slice(start, start + CHUNK_SIZE));
    options.onProgress?.(Math.min(1, (start + CHUNK_SIZE) / text.length));
  }
  return reader.end();
}

/**
 * Parses a pilot log from a Blob or File (UTF-8) as a stream: a chunk at a time is decoded and read,
 * so a file of hundreds of megabytes never sits in memory whole. Progress is the share of bytes read.
 */
export async function parseRunLogBlob(blob: Blob, fileName: string, options: ParseRunLogOptions = {}): Promise<RunLogSummary> {
  const reader = createRunLogReader(fileName, options);
  const decoder = new TextDecoder();
  for (let start = 0; start < blob.size; start += CHUNK_SIZE) {
    const bytes = new Uint8Array(await blob.slice(start, start + CHUNK_SIZE).arrayBuffer());
    reader.push(decoder.decode(bytes, { stream: true }));
    options.onProgress?.(Math.min(1, (start + CHUNK_SIZE) / blob.size));
  }
  reader.push(decoder.decode());
  return reader.end();
}
