import { createCsvReader } from "./csv-reader";
import { createInspectEvalReader, readInspectJson } from "./inspect-log";
import { createJsonlReader, kindOf, recordOf } from "./jsonl-reader";
import { createOtlpReader } from "./otlp-traces";
import {
  createRecordSink,
  createRunLogTotals,
  createTableReader,
  DEFAULT_READ_RULES,
  type FileSettings,
  type ReadRules,
  type RunLogKind,
  type RunLogSummary,
  type TableReader,
} from "./run-log";
import { countText } from "../format/words";

/*
 * Pilot logs from bytes to their summary, in one pass and bounded memory: the same code reads Files in
 * the browser's Web Worker (components/calculator/run-log.worker.ts) and files or Buffers in Node (the
 * CLI). Several files make one upload: their rows share the totals, so designs logged in different
 * files (one Inspect log per design) pair when their task ids match. Browser-safe: no Node APIs.
 */

export type RunLogSyntax = "csv" | "jsonl";
export type ParseRunLogOptions = {
  /** Called after each chunk with the share of the upload's bytes read, 0 to 1. */
  onProgress?: (fraction: number) => void;
  /** How many problems the summary keeps (DEFAULT_MAX_ERRORS). */
  maxErrors?: number;
  /** How scores, agent counts and trace attributes are read (DEFAULT_READ_RULES). */
  rules?: Partial<ReadRules>;
};
/** A file of an upload: its name (which, with its first bytes, says how to read it) and its settings. */
export type RunLogInput = { name: string; settings?: FileSettings };
export type RunLogFileReader = { push(bytes: Uint8Array): void; end(): void };
export type RunLogUpload = { file(input: RunLogInput, size?: number): RunLogFileReader; summary(): RunLogSummary };

/** Bytes read per step: progress is reported after each. */
export const CHUNK_SIZE = 1 << 20;
/** The largest log read (1 GiB): a larger file is refused with a message, unread. */
export const MAX_RUN_LOG_BYTES = 1024 * 1024 * 1024;
/** The largest log that must be parsed whole (an Inspect .json log, one OTLP document): 256 MiB. */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;
/** Bytes looked at to tell the kinds apart. */
const SNIFF_BYTES = 64 * 1024;

const sizeText = (bytes: number) => `${countText(Math.round(bytes / 1024 / 1024))} MB`;

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

/**
 * What kind of log a file is, from its name and first bytes: a zip (or a `.eval` name) is an Inspect
 * .eval log; a JSON object opening with `"version"` then `"status"` an Inspect .json log; JSON naming
 * `resourceSpans` OpenTelemetry traces; else a run log, CSV or JSON Lines (runLogSyntax).
 *
 * @example runLogKind("traces.json", new TextEncoder().encode('{"resourceSpans": []}')) // "otlp"
 */
export function runLogKind(fileName: string, start: Uint8Array): RunLogKind {
  if (/\.eval$/i.test(fileName) || (start[0] === 0x50 && start[1] === 0x4b && start[2] === 0x03 && start[3] === 0x04)) return "inspect-eval";
  const text = new TextDecoder().decode(start.subarray(0, SNIFF_BYTES)).replace(/^\uFEFF/, "");
  const opening = text.trimStart();
  if (opening.startsWith("{") || opening.startsWith("[")) {
    if (/^\{\s*"version"\s*:\s*\d+\s*,\s*"status"\s*:/.test(opening)) return "inspect-json";
    if (/"resourceSpans"\s*:/.test(text)) return "otlp";
  }
  return runLogSyntax(fileName, text) === "jsonl" ? "jsonl" : "csv";
}

/** A reader of decoded text for the text kinds. */
type TextReader = { push(text: string): void; end(): void };

/** One upload: any number of files, read one after another into shared totals. */
export function createRunLogUpload(options: ParseRunLogOptions = {}): RunLogUpload {
  const totals = createRunLogTotals({ maxErrors: options.maxErrors });
  const rules: ReadRules = { ...DEFAULT_READ_RULES, ...options.rules };

  const textReader = (kind: RunLogKind, input: RunLogInput, report: ReturnType<typeof totals.startFile>): TextReader => {
    const settings = input.settings ?? {};
    const sink = createRecordSink(totals, report, rules, settings);
    if (kind === "otlp") return createOtlpReader(sink, totals, rules);
    if (kind === "inspect-json") {
      const parts: string[] = [];
      return { push: (text) => void parts.push(text), end: () => void readInspectJson(parts.join(""), sink, totals, report) };
    }
    if (kind === "jsonl") {
      const table = createTableReader(totals, report, rules, settings, null);
      return createJsonlReader({
        onValue: (value, line) => {
          if (typeof value === "object" && value !== null && !Array.isArray(value)) table.addObject(recordOf(value), line);
          else totals.invalid({ line, sample: null }, "row", `expected a JSON object, got ${kindOf(value)}`);
        },
        onBadLine: (line, reason) => totals.invalid({ line, sample: null }, "row", reason),
      });
    }
    let table: TableReader | null = null;
    return createCsvReader({
      onHeader: (cells, line) => {
        const reader = createTableReader(totals, report, rules, settings, cells, line);
        table = reader;
        return reader.usable;
      },
      onRow: (row, line) => table?.addRow(row, line),
      onBadRow: (line, reason) => totals.invalid({ line, sample: null }, "row", reason),
    });
  };

  return {
    file(input, size) {
      let started: RunLogFileReader | null = null;
      let head = new Uint8Array(0);
      let read = 0;
      let refused = false;
      let kind: RunLogKind = "csv";
      // The report's kind is set once the first bytes are seen.
      const report = totals.startFile(input.name, "csv");
      const refuse = (reason: string) => {
        refused = true;
        totals.problem({ line: null, sample: null }, "file", reason);
      };
      if (size !== undefined && size > MAX_RUN_LOG_BYTES)
        refuse(`${sizeText(size)}, larger than the ${sizeText(MAX_RUN_LOG_BYTES)} a log may be: split it (one file per design, or fewer tasks)`);

      const start = (bytes: Uint8Array): RunLogFileReader => {
        kind = runLogKind(input.name, bytes);
        report.kind = kind;
        if (kind === "inspect-eval") return createInspectEvalReader(createRecordSink(totals, report, rules, input.settings ?? {}), totals, report);
        const text = textReader(kind, input, report);
        const decoder = new TextDecoder();
        return {
          push: (chunk) => text.push(decoder.decode(chunk, { stream: true })),
          end: () => {
            text.push(decoder.decode());
            text.end();
          },
        };
      };

      return {
        push(bytes) {
          if (refused) return;
          read += bytes.length;
          if (read > MAX_RUN_LOG_BYTES)
            return refuse(`larger than the ${sizeText(MAX_RUN_LOG_BYTES)} a log may be: split it (one file per design, or fewer tasks)`);
          if (kind === "inspect-json" && read > MAX_DOCUMENT_BYTES) {
            return refuse(
              `an Inspect .json log is read whole, and this one is larger than ${sizeText(MAX_DOCUMENT_BYTES)}: write .eval logs, which are read as a stream`,
            );
          }
          if (started === null) {
            const joined = new Uint8Array(head.length + bytes.length);
            joined.set(head);
            joined.set(bytes, head.length);
            head = joined;
            if (head.length < 4096) return;
            started = start(head);
            bytes = head;
            head = new Uint8Array(0);
          }
          started.push(bytes);
        },
        end() {
          if (refused) return;
          if (started === null) {
            if (head.length === 0)
              return refuse("the file is empty: a log needs a header row (CSV), one JSON object per line, or an Inspect or OpenTelemetry log");
            started = start(head);
            started.push(head);
          }
          started.end();
          if (report.rows.valid + report.rows.invalid === 0 && !totals.summary().errors.some((e) => e.file === input.name)) {
            totals.problem({ line: null, sample: null }, "file", "no rows: the file holds a header or objects but no run");
          }
        },
      };
    },
    summary: () => totals.summary(),
  };
}

/**
 * Parses a whole pilot log held in memory (a string, or the bytes of a UTF-8 file such as a Node
 * Buffer), reporting progress per chunk. For the CLI and tests; the browser reads Files with
 * parseRunLogFiles.
 *
 * @example parseRunLogText("task,architecture,agents,solved\nt1,single,1,1\nt2,single,1,0\n", "pilot.csv").designs
 * // [{ architecture: "single", agents: 1, model: null, tasks: 2, solved: 1, means: {} }]
 */
export function parseRunLogText(input: string | Uint8Array, fileName: string, options: ParseRunLogOptions & { settings?: FileSettings } = {}): RunLogSummary {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const upload = createRunLogUpload(options);
  const reader = upload.file({ name: fileName, settings: options.settings }, bytes.length);
  for (let start = 0; start < bytes.length; start += CHUNK_SIZE) {
    reader.push(bytes.subarray(start, start + CHUNK_SIZE));
    options.onProgress?.(Math.min(1, (start + CHUNK_SIZE) / bytes.length));
  }
  reader.end();
  return upload.summary();
}

/**
 * Parses an upload of Blobs or Files as a stream: a chunk at a time is read, so files of hundreds of
 * megabytes never sit in memory whole. Progress is the share of all their bytes read.
 */
export async function parseRunLogFiles(files: readonly (RunLogInput & { blob: Blob })[], options: ParseRunLogOptions = {}): Promise<RunLogSummary> {
  const upload = createRunLogUpload(options);
  const total = files.reduce((n, f) => n + f.blob.size, 0);
  let done = 0;
  for (const f of files) {
    const reader = upload.file(f, f.blob.size);
    if (f.blob.size <= MAX_RUN_LOG_BYTES) {
      for (let start = 0; start < f.blob.size; start += CHUNK_SIZE) {
        const bytes = new Uint8Array(await f.blob.slice(start, start + CHUNK_SIZE).arrayBuffer());
        reader.push(bytes);
        done += bytes.length;
        options.onProgress?.(total === 0 ? 1 : Math.min(1, done / total));
      }
    }
    reader.end();
  }
  return upload.summary();
}
