import { inflateSync, Unzip, UnzipInflate } from "fflate";
import { kindOf } from "./jsonl-reader";
import type { RunLogField } from "./run-log-schema";
import type { RecordSink } from "./run-log";
import type { RowPlace, RunLogTotals } from "./run-log-totals";
import type { RunLogFileReport } from "./run-log-summary";

/*
 * Inspect evaluation logs (the UK AI Security Institute's open evaluation framework; log schema
 * version 2): a `.eval` file is a zip of `_journal/start.json` and `header.json` (each holding `eval`:
 * the model, task_args, metadata) and `samples/<id>_epoch_<n>.json`, one sample each; a `.json` log is
 * one object with `eval` and `samples`. Each sample is one task of the design the log measured:
 *   task    its id, with "#epoch" after epochs past the first (so designs run on the same samples pair)
 *   solved  its first scorer's value (C/I/P/N, a boolean or a number, judged by the score rule)
 *   tokens  model_usage summed over the models it called: input, output, cache reads apart
 *   seconds working_time (else total_time); turns: its `model` events; model: eval.model
 *   design  eval.task_args or eval.metadata `architecture` and `agents`, else the design chosen for the file
 * The zip is read as a stream (fflate): entries are inflated as their bytes arrive, so a log of any
 * size never sits in memory whole, only one sample at a time.
 */

/**
 * Bytes handed to the zip reader at a time: fflate's Unzip.push recurses once per entry found in the
 * bytes it is given, so a 1 MB chunk of small samples (thousands of entries) overflowed the stack;
 * 32 kB holds a few hundred at most.
 */
const UNZIP_SLICE = 32 * 1024;

/** The most one zip entry (one sample's JSON) may inflate to: a larger one is reported, not read. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/** What a log's `eval` says about every sample: the model and the design, where it names them. */
export type EvalInfo = { model: string | null; architecture: string | undefined; agents: string | undefined };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const cellOf = (v: unknown): string | undefined => (typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : undefined);

/**
 * The model and design a log's `eval` names: `architecture` and `agents` from task_args, else metadata.
 *
 * @example evalInfo({ model: "openai/gpt-4o-mini", task_args: { architecture: "centralized", agents: 4 } }) // { model: "openai/gpt-4o-mini", architecture: "centralized", agents: "4" }
 */
export function evalInfo(evalSpec: unknown): EvalInfo {
  if (!isObject(evalSpec)) return { model: null, architecture: undefined, agents: undefined };
  const sources = [evalSpec.task_args, evalSpec.metadata].filter(isObject);
  const named = (key: string) => sources.map((s) => cellOf(s[key])).find((v) => v !== undefined);
  return {
    model: typeof evalSpec.model === "string" && evalSpec.model.trim() !== "" ? evalSpec.model : null,
    architecture: named("architecture"),
    agents: named("agents"),
  };
}

/** A sample as a row: its record (without the log's design and model) and where it is, or why it is no row. */
export type SampleRow = { record: Partial<Record<RunLogField, string>>; place: RowPlace } | { place: RowPlace; field: string; reason: string };

/** Sums one counter over a sample's model_usage; undefined when no model reports it. */
function usageSum(usage: Record<string, unknown>, key: string): string | undefined {
  let total = 0;
  let any = false;
  for (const model of Object.values(usage)) {
    const value = isObject(model) ? model[key] : undefined;
    if (typeof value === "number" && Number.isFinite(value)) {
      total += value;
      any = true;
    }
  }
  return any ? String(total) : undefined;
}

/**
 * One Inspect sample as a run-log row (before the log's design and model are added).
 *
 * @example sampleRow({ id: 7, epoch: 2, scores: { match: { value: "C" } }, model_usage: { "openai/gpt-4o": { input_tokens: 120, output_tokens: 8 } }, working_time: 1.5, events: [{ event: "model" }] }).record
 * // { task: "7#2", solved: "C", tokens_in: "120", tokens_out: "8", seconds: "1.5", turns: "1" }
 */
export function sampleRow(sample: unknown, entry = ""): SampleRow {
  if (!isObject(sample)) return { place: { line: null, sample: entry || "?" }, field: "sample", reason: `expected a sample object, got ${kindOf(sample)}` };
  const id = typeof sample.id === "string" || typeof sample.id === "number" ? String(sample.id) : null;
  const epoch = typeof sample.epoch === "number" && Number.isInteger(sample.epoch) && sample.epoch >= 1 ? sample.epoch : 1;
  const place = { line: null, sample: id === null ? entry || "?" : `${id} (epoch ${epoch})` };
  if (id === null) return { place, field: "id", reason: `expected a sample id (a string or a number), got ${kindOf(sample.id)}` };
  const scores = isObject(sample.scores) ? Object.entries(sample.scores) : [];
  const first = scores[0];
  if (first === undefined) {
    const error = isObject(sample.error) && typeof sample.error.message === "string" ? sample.error.message.slice(0, 120) : null;
    return { place, field: "scores", reason: error === null ? "no score: the sample was not scored" : `no score: the sample errored (${error})` };
  }
  const [scorer, score] = first;
  const value = isObject(score) ? score.value : undefined;
  const solved = cellOf(value);
  if (solved === undefined)
    return { place, field: "scores", reason: `the score of "${scorer.slice(0, 40)}" is ${kindOf(value)}; expected C, I, P, N, a number or a boolean` };
  const record: Partial<Record<RunLogField, string>> = { task: epoch === 1 ? id : `${id}#${epoch}`, solved };
  if (isObject(sample.model_usage)) {
    record.tokens_in = usageSum(sample.model_usage, "input_tokens");
    record.tokens_out = usageSum(sample.model_usage, "output_tokens");
    record.tokens_cached = usageSum(sample.model_usage, "input_tokens_cache_read");
  }
  const seconds = typeof sample.working_time === "number" ? sample.working_time : typeof sample.total_time === "number" ? sample.total_time : undefined;
  if (seconds !== undefined) record.seconds = String(seconds);
  if (Array.isArray(sample.events) && sample.events.length > 0) record.turns = String(sample.events.filter((e) => isObject(e) && e.event === "model").length);
  for (const key of Object.keys(record) as RunLogField[]) if (record[key] === undefined) delete record[key];
  return { record, place };
}

/** A sample with the log's design and model, into the sink; a sample that is no row is an invalid row. */
function addSample(row: SampleRow, info: EvalInfo, sink: RecordSink, totals: RunLogTotals) {
  if (!("record" in row)) {
    totals.invalid(row.place, row.field, row.reason);
    return;
  }
  const record = { ...row.record };
  if (info.architecture !== undefined) record.architecture = info.architecture;
  if (info.agents !== undefined) record.agents = info.agents;
  sink.add(record, row.place, info.model);
}

const FILE_PLACE: RowPlace = { line: null, sample: null };

/**
 * Reads a `.json` Inspect log held whole: its `eval`, then each of its `samples`.
 *
 * @example const totals = createRunLogTotals(); const sink = createRecordSink(totals, totals.startFile("log.json", "inspect-json"), DEFAULT_READ_RULES, {}); readInspectJson('{"version": 2, "eval": {"model": "x"}, "samples": []}', sink, totals)
 * // false (a log without samples: one problem)
 */
export function readInspectJson(text: string, sink: RecordSink, totals: RunLogTotals, report?: RunLogFileReport): boolean {
  let log: unknown;
  try {
    log = JSON.parse(text);
  } catch (error) {
    totals.problem(FILE_PLACE, "file", `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return false;
  }
  if (!isObject(log) || !isObject(log.eval)) {
    totals.problem(FILE_PLACE, "file", 'not an Inspect log: no "eval" object');
    return false;
  }
  const info = evalInfo(log.eval);
  if (report !== undefined && info.model !== null && !report.models.includes(info.model)) report.models.push(info.model);
  if (!Array.isArray(log.samples) || log.samples.length === 0) {
    totals.problem(FILE_PLACE, "samples", "the log holds no samples (Inspect leaves them out when told not to log samples)");
    return false;
  }
  log.samples.forEach((sample, i) => addSample(sampleRow(sample, `sample ${i + 1}`), info, sink, totals));
  return true;
}

const HEADER_ENTRIES = new Set(["header.json", "_journal/start.json"]);

/**
 * A streaming reader of a `.eval` file: push its bytes in chunks of any size, then `end()`. Samples
 * that come before the log's `eval` (header.json comes last; `_journal/start.json`, when present,
 * first) wait as rows, a few numbers each, until it is known.
 */
export function createInspectEvalReader(sink: RecordSink, totals: RunLogTotals, report?: RunLogFileReport): { push(bytes: Uint8Array): void; end(): void } {
  let info: EvalInfo | null = null;
  const waiting: SampleRow[] = [];
  let samples = 0;
  let broken = false;

  const entryDone = (name: string, text: string) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      totals.invalid({ line: null, sample: name }, "sample", `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    if (HEADER_ENTRIES.has(name)) {
      if (info === null && isObject(value)) {
        info = evalInfo(value.eval);
        // The file names its model even when no sample of it is valid.
        if (report !== undefined && info.model !== null && !report.models.includes(info.model)) report.models.push(info.model);
        for (const row of waiting.splice(0)) addSample(row, info, sink, totals);
      }
      return;
    }
    samples++;
    const row = sampleRow(value, name);
    if (info === null) waiting.push(row);
    else addSample(row, info, sink, totals);
  };

  const zip = createZipReader({
    wanted: (name) => (name.startsWith("samples/") && name.endsWith(".json") && name.indexOf("/", 8) < 0) || HEADER_ENTRIES.has(name),
    onEntry: entryDone,
    onEntryError: (name, reason) => totals.invalid({ line: null, sample: name }, "sample", reason),
  });

  return {
    push(bytes) {
      if (broken) return;
      try {
        zip.push(bytes);
      } catch (error) {
        broken = true;
        totals.problem(FILE_PLACE, "file", `not a readable zip (${error instanceof Error ? error.message : String(error)})`);
      }
    },
    end() {
      if (!broken) {
        try {
          zip.end();
        } catch (error) {
          broken = true;
          totals.problem(FILE_PLACE, "file", `not a readable zip (${error instanceof Error ? error.message : String(error)})`);
        }
      }
      if (info === null && !broken) {
        totals.problem(
          FILE_PLACE,
          "file",
          samples === 0
            ? "not an Inspect .eval log: no header.json and no samples"
            : "no header.json or _journal/start.json: the log's model and design are unknown",
        );
      }
      for (const row of waiting.splice(0)) addSample(row, info ?? { model: null, architecture: undefined, agents: undefined }, sink, totals);
      if (samples === 0 && info !== null)
        totals.problem(FILE_PLACE, "samples", "the log holds no samples (Inspect leaves them out when told not to log samples)");
    },
  };
}

type ZipHandlers = { wanted(name: string): boolean; onEntry(name: string, text: string): void; onEntryError(name: string, reason: string): void };

const TEXT_DECODER = new TextDecoder();
/** Where inflated entries wait to be decoded together: one TextDecoder call per batch instead of per entry (per entry it cost Chromium 6 µs a sample). */
const BATCH_BYTES = 4 * 1024 * 1024;

/** An entry's name: ASCII read directly (Inspect's are), anything else through the decoder. */
function entryName(bytes: Uint8Array): string {
  let ascii = "";
  for (let i = 0; i < bytes.length; i++) {
    const code = bytes[i] ?? 0;
    if (code >= 0x80) return TEXT_DECODER.decode(bytes);
    ascii += String.fromCharCode(code);
  }
  return ascii;
}
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;

/**
 * A zip read front to back, entry by entry, as its bytes arrive: each local header gives the entry's
 * name and sizes (zip64 sizes from its extra field), its bytes are inflated in one call into an array
 * of the known size (fflate's inflateSync, 10-20 times faster per small entry than its streaming
 * Unzip, which also recursed once per entry in a chunk and overflowed the stack on 1 MB of small
 * samples), and dropped. An entry written with a data descriptor (sizes unknown ahead, bit 3) hands
 * the rest of the file to fflate's streaming Unzip, which finds its end. Reading stops at the central
 * directory.
 */
function createZipReader(handlers: ZipHandlers): { push(bytes: Uint8Array): void; end(): void } {
  let buffer = new Uint8Array(0);
  let done = false;
  let entries = 0;
  let batch = new Uint8Array(BATCH_BYTES);
  let batchLength = 0;
  let batchNames: string[] = [];
  let batchEnds: number[] = [];
  let fallback: Unzip | null = null;

  const startFallback = (rest: Uint8Array) => {
    const unzip = new Unzip((entry) => {
      if (!handlers.wanted(entry.name)) return;
      const chunks: Uint8Array[] = [];
      let size = 0;
      entry.ondata = (error, data, final) => {
        if (error !== null) return handlers.onEntryError(entry.name, `cannot be inflated (${error.message})`);
        size += data.length;
        if (size <= MAX_ENTRY_BYTES) chunks.push(data);
        if (!final) return;
        if (size > MAX_ENTRY_BYTES) handlers.onEntryError(entry.name, `inflates to more than ${MAX_ENTRY_BYTES / 1024 / 1024} MB`);
        else handlers.onEntry(entry.name, TEXT_DECODER.decode(concat(chunks, size)));
      };
      entry.start();
    });
    unzip.register(UnzipInflate);
    fallback = unzip;
    pushFallback(rest);
  };
  const pushFallback = (bytes: Uint8Array) => {
    for (let start = 0; start < bytes.length; start += UNZIP_SLICE) fallback?.push(bytes.subarray(start, start + UNZIP_SLICE), false);
  };

  /** Reads every complete entry at the start of the buffer; returns how many bytes were used. */
  const drain = (): number => {
    const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    let p = 0;
    while (p + 30 <= buffer.length) {
      const signature = view.getUint32(p, true);
      if (signature === CENTRAL_HEADER || signature === END_OF_CENTRAL) {
        done = true;
        flush();
        return buffer.length;
      }
      if (signature !== LOCAL_HEADER) throw new Error(`no zip entry at byte ${p}`);
      const flags = view.getUint16(p + 6, true);
      const method = view.getUint16(p + 8, true);
      let compressed = view.getUint32(p + 18, true);
      let size = view.getUint32(p + 22, true);
      const nameLength = view.getUint16(p + 26, true);
      const extraLength = view.getUint16(p + 28, true);
      const dataStart = p + 30 + nameLength + extraLength;
      if (dataStart > buffer.length) break;
      const name = entryName(buffer.subarray(p + 30, p + 30 + nameLength));
      if (compressed === 0xffffffff || size === 0xffffffff) {
        const sizes = zip64Sizes(view, p + 30 + nameLength, extraLength);
        if (sizes !== null) ({ size, compressed } = sizes);
      }
      if ((flags & 8) !== 0 && compressed === 0) {
        flush();
        startFallback(buffer.subarray(p));
        return buffer.length;
      }
      if (dataStart + compressed > buffer.length) break;
      const data = buffer.subarray(dataStart, dataStart + compressed);
      p = dataStart + compressed;
      entries++;
      if (!handlers.wanted(name)) continue;
      if (size > MAX_ENTRY_BYTES) handlers.onEntryError(name, `inflates to more than ${MAX_ENTRY_BYTES / 1024 / 1024} MB`);
      else if (method !== 0 && method !== 8) handlers.onEntryError(name, `compressed with method ${method}; only deflate (8) and stored (0) are read`);
      else {
        const room = reserve(size + 1);
        try {
          const bytes = method === 0 ? data : inflateSync(data, { out: room.subarray(0, size) });
          if (method === 0) room.set(data);
          batchLength += bytes.length;
        } catch (error) {
          handlers.onEntryError(name, `cannot be inflated (${error instanceof Error ? error.message : String(error)})`);
          continue;
        }
        batch[batchLength++] = 0;
        batchNames.push(name);
        batchEnds.push(batchLength - 1);
        if (batchLength >= BATCH_BYTES) flush();
      }
    }
    flush();
    return p;
  };

  /** Room for `size` bytes at the end of the batch, growing it (after flushing what waits) when needed. */
  const reserve = (size: number): Uint8Array => {
    if (batchLength + size > batch.length) {
      flush();
      if (size > batch.length) batch = new Uint8Array(Math.max(size, BATCH_BYTES));
    }
    return batch.subarray(batchLength, batchLength + size);
  };

  /**
   * Decodes the waiting entries in one call and hands each its text: they are joined by a zero byte,
   * which JSON text cannot hold; an entry that holds one anyway (not JSON) makes the batch be decoded
   * entry by entry.
   */
  const flush = () => {
    if (batchNames.length === 0) return;
    const parts = TEXT_DECODER.decode(batch.subarray(0, batchLength)).split("\0");
    const whole = parts.length === batchNames.length + 1;
    let start = 0;
    batchNames.forEach((name, i) => {
      const end = batchEnds[i] ?? start;
      handlers.onEntry(name, whole ? (parts[i] ?? "") : TEXT_DECODER.decode(batch.subarray(start, end)));
      start = end + 1;
    });
    batchNames = [];
    batchEnds = [];
    batchLength = 0;
  };

  return {
    push(bytes) {
      if (done) return;
      if (fallback !== null) return pushFallback(bytes);
      const joined = new Uint8Array(buffer.length + bytes.length);
      joined.set(buffer);
      joined.set(bytes, buffer.length);
      buffer = joined;
      const used = drain();
      buffer = fallback === null ? buffer.slice(used) : new Uint8Array(0);
    },
    end() {
      if (fallback !== null) {
        (fallback as Unzip).push(new Uint8Array(0), true);
        return;
      }
      const zipStart = buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;
      if (!done && buffer.length > 0) throw new Error(entries === 0 && !zipStart ? "no zip entry at byte 0" : "the file ends inside a zip entry (cut short?)");
      if (!done) throw new Error("no central directory: not a zip, or cut short");
    },
  };
}

/** An entry's zip64 sizes from its local extra field (header 0x0001: uncompressed, then compressed, 8 bytes each), or null. */
function zip64Sizes(view: DataView, start: number, length: number): { size: number; compressed: number } | null {
  for (let p = start; p + 4 <= start + length;) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1 && size >= 16) return { size: Number(view.getBigUint64(p + 4, true)), compressed: Number(view.getBigUint64(p + 12, true)) };
    p += 4 + size;
  }
  return null;
}

/** Chunks joined into one array of `size` bytes. */
function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
