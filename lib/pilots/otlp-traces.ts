import { createJsonlReader, kindOf } from "./jsonl-reader";
import type { ReadRules, RecordSink } from "./run-log";
import type { RunLogField } from "./run-log-schema";
import type { RunLogTotals } from "./run-log-totals";

/*
 * OpenTelemetry traces in OTLP JSON (ExportTraceServiceRequest objects: what an SDK's OTLP/JSON
 * exporter sends and a collector's file exporter writes, one request per line, or one document), read
 * by the GenAI semantic conventions. One trace is one task:
 *   task    the span or resource attribute `task.id` (ReadRules.taskAttribute), else the trace id
 *   solved  the attribute the user names (default `task.success`), judged by the score rule
 *   tokens  gen_ai.usage.input_tokens / output_tokens summed over the model calls (spans whose
 *           gen_ai.operation.name is chat, text_completion or generate_content; when a trace has none,
 *           over every span reporting usage), so an agent span's roll-up is not counted twice
 *   turns   those model calls; seconds: the trace's first start to its last end
 *   model   the gen_ai.request.model called most often
 *   design  `agent.architecture` and `agent.count` (span or resource), else the count of distinct
 *           gen_ai.agent.name values (one name: a single agent), else the design chosen for the file
 * A trace's spans may arrive in several requests, so traces are kept (a few numbers each) until the end.
 */

/** The most characters of one OTLP document held to be parsed whole (256 Mi); one request per line has no such limit. */
export const MAX_DOCUMENT_CHARS = 256 * 1024 * 1024;

/** The GenAI operations that are one model call each. */
const MODEL_CALLS = new Set(["chat", "text_completion", "generate_content"]);

type TraceTally = {
  place: { line: number | null; sample: string };
  task: string | null;
  calls: number;
  callIn: number;
  callOut: number;
  anyIn: number;
  anyOut: number;
  usageSpans: number;
  start: number;
  end: number;
  success: unknown;
  architecture: string | undefined;
  agentCount: string | undefined;
  agentNames: Set<string>;
  models: Map<string, number>;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * An OTLP attribute list as a map of plain values: strings, numbers (intValue may be written as a
 * string, as the OTLP JSON mapping of int64 says), booleans; arrays and maps are left out.
 *
 * @example attributeMap([{ key: "gen_ai.usage.input_tokens", value: { intValue: "1200" } }, { key: "task.success", value: { boolValue: true } }]) // Map { "gen_ai.usage.input_tokens" => 1200, "task.success" => true }
 */
export function attributeMap(attributes: unknown): Map<string, string | number | boolean> {
  const map = new Map<string, string | number | boolean>();
  if (!Array.isArray(attributes)) return map;
  for (const a of attributes) {
    if (!isObject(a) || typeof a.key !== "string" || !isObject(a.value)) continue;
    const v = a.value;
    if (typeof v.stringValue === "string") map.set(a.key, v.stringValue);
    else if (typeof v.boolValue === "boolean") map.set(a.key, v.boolValue);
    else if (typeof v.intValue === "number" || (typeof v.intValue === "string" && /^-?\d{1,20}$/.test(v.intValue))) map.set(a.key, Number(v.intValue));
    else if (typeof v.doubleValue === "number") map.set(a.key, v.doubleValue);
  }
  return map;
}

const numberOf = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : null);
const nanos = (v: unknown) => (typeof v === "string" && /^\d{1,20}$/.test(v) ? Number(v) : typeof v === "number" ? v : null);

/** A reader of one OTLP JSON file: push its text, then `end()` adds one row per trace to the sink. */
export function createOtlpReader(sink: RecordSink, totals: RunLogTotals, rules: ReadRules): { push(text: string): void; end(): void } {
  const traces = new Map<string, TraceTally>();
  let requests = 0;

  const trace = (id: string, line: number | null): TraceTally => {
    let t = traces.get(id);
    if (t === undefined) {
      t = {
        place: { line, sample: `trace ${id}` },
        task: null,
        calls: 0,
        callIn: 0,
        callOut: 0,
        anyIn: 0,
        anyOut: 0,
        usageSpans: 0,
        start: Infinity,
        end: -Infinity,
        success: undefined,
        architecture: undefined,
        agentCount: undefined,
        agentNames: new Set(),
        models: new Map(),
      };
      traces.set(id, t);
    }
    return t;
  };

  const addSpan = (span: Record<string, unknown>, resource: Map<string, string | number | boolean>, line: number | null) => {
    if (typeof span.traceId !== "string" || span.traceId === "") {
      totals.invalid({ line, sample: typeof span.spanId === "string" ? `span ${span.spanId}` : null }, "traceId", "a span without a trace id");
      return;
    }
    const t = trace(span.traceId, line);
    const attributes = attributeMap(span.attributes);
    const get = (key: string) => attributes.get(key) ?? resource.get(key);
    const start = nanos(span.startTimeUnixNano);
    const end = nanos(span.endTimeUnixNano);
    if (start !== null) t.start = Math.min(t.start, start);
    if (end !== null) t.end = Math.max(t.end, end);
    const task = get(rules.taskAttribute);
    if (task !== undefined && t.task === null) t.task = String(task);
    const success = get(rules.successAttribute);
    if (success !== undefined) t.success = success;
    const architecture = get("agent.architecture");
    if (architecture !== undefined) t.architecture = String(architecture);
    const count = get("agent.count");
    if (count !== undefined) t.agentCount = String(count);
    const agent = attributes.get("gen_ai.agent.name");
    if (typeof agent === "string") t.agentNames.add(agent);
    const input = numberOf(attributes.get("gen_ai.usage.input_tokens") ?? attributes.get("gen_ai.usage.prompt_tokens"));
    const output = numberOf(attributes.get("gen_ai.usage.output_tokens") ?? attributes.get("gen_ai.usage.completion_tokens"));
    const operation = attributes.get("gen_ai.operation.name");
    if (input !== null || output !== null) {
      t.usageSpans++;
      t.anyIn += input ?? 0;
      t.anyOut += output ?? 0;
    }
    if (typeof operation === "string" && MODEL_CALLS.has(operation)) {
      t.calls++;
      t.callIn += input ?? 0;
      t.callOut += output ?? 0;
      const model = attributes.get("gen_ai.request.model") ?? attributes.get("gen_ai.response.model");
      if (typeof model === "string") t.models.set(model, (t.models.get(model) ?? 0) + 1);
    }
  };

  /** One ExportTraceServiceRequest: its resources' spans. */
  const addRequest = (value: unknown, line: number | null) => {
    if (!isObject(value) || !Array.isArray(value.resourceSpans)) {
      totals.invalid(
        { line, sample: null },
        "resourceSpans",
        `expected an OTLP request (an object with "resourceSpans"), got ${isObject(value) ? "an object without it" : kindOf(value)}`,
      );
      return;
    }
    requests++;
    for (const rs of value.resourceSpans) {
      if (!isObject(rs)) continue;
      const resource = attributeMap(isObject(rs.resource) ? rs.resource.attributes : undefined);
      const scopes = Array.isArray(rs.scopeSpans) ? rs.scopeSpans : Array.isArray(rs.instrumentationLibrarySpans) ? rs.instrumentationLibrarySpans : [];
      for (const scope of scopes) {
        if (!isObject(scope) || !Array.isArray(scope.spans)) continue;
        for (const span of scope.spans) if (isObject(span)) addSpan(span, resource, line);
      }
    }
  };

  // One request per line (a collector's file exporter), or one document over many lines: decided on the
  // first line that is not blank, by whether it parses alone.
  let mode: "lines" | "document" | "too-large" | null = null;
  let head = "";
  let document = "";
  const lines = createJsonlReader({
    onValue: (value, line) => addRequest(value, line),
    onBadLine: (line, reason) => totals.invalid({ line, sample: null }, "row", reason),
  });

  const decide = (final: boolean) => {
    const trimmed = head.trimStart();
    const newline = trimmed.indexOf("\n");
    if (newline < 0 && !final) return;
    const first = newline < 0 ? trimmed : trimmed.slice(0, newline);
    let parses = true;
    try {
      JSON.parse(first);
    } catch {
      parses = false;
    }
    mode = parses ? "lines" : "document";
    if (mode === "lines") lines.push(head);
    else document = head;
    head = "";
  };

  const finishTrace = (t: TraceTally) => {
    const record: Partial<Record<RunLogField, string>> = { task: t.task ?? t.place.sample.slice("trace ".length) };
    if (t.task !== null) t.place.sample = `${t.task} (${t.place.sample})`;
    if (t.success === undefined) {
      totals.invalid(
        t.place,
        "solved",
        `no span or resource attribute "${rules.successAttribute}" says whether the task was solved (name the attribute that does)`,
      );
      return;
    }
    record.solved = String(t.success);
    const byCalls = t.calls > 0;
    if (t.usageSpans > 0) {
      record.tokens_in = String(byCalls ? t.callIn : t.anyIn);
      record.tokens_out = String(byCalls ? t.callOut : t.anyOut);
    }
    if (byCalls) record.turns = String(t.calls);
    if (Number.isFinite(t.start) && Number.isFinite(t.end) && t.end >= t.start) record.seconds = String((t.end - t.start) / 1e9);
    if (t.architecture !== undefined) record.architecture = t.architecture;
    if (t.agentCount !== undefined) record.agents = t.agentCount;
    else if (t.agentNames.size > 0) record.agents = String(t.agentNames.size);
    if (record.architecture === undefined && record.agents === "1") record.architecture = "single";
    const model = [...t.models.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    sink.add(record, t.place, model);
  };

  return {
    push(text) {
      if (mode === null) {
        head += text;
        decide(false);
        return;
      }
      if (mode === "lines") lines.push(text);
      else if (mode === "document") {
        document += text;
        if (document.length > MAX_DOCUMENT_CHARS) {
          mode = "too-large";
          document = "";
          totals.problem(
            { line: null, sample: null },
            "file",
            `one OpenTelemetry document of more than ${MAX_DOCUMENT_CHARS / 1024 / 1024} Mi characters is too large to read whole: write one request per line (as a collector's file exporter does)`,
          );
        }
      }
    },
    end() {
      if (mode === null) decide(true);
      if (mode === "lines") lines.end();
      else if (mode === "document" && document.trim() !== "") {
        try {
          addRequest(JSON.parse(document), null);
        } catch (error) {
          totals.problem({ line: null, sample: null }, "file", `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
        }
      }
      document = "";
      if (requests > 0 && traces.size === 0) totals.problem({ line: null, sample: null }, "file", "the file holds no spans");
      for (const t of traces.values()) finishTrace(t);
      traces.clear();
    },
  };
}
