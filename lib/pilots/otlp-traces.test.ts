import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { context, trace } from "@opentelemetry/api";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { JsonTraceSerializer } from "@opentelemetry/otlp-transformer";
import { parseRunLogText } from "./parse-run-log";
import { attributeMap } from "./otlp-traces";

/**
 * Traces written by the real OpenTelemetry JS SDK (a BasicTracerProvider, spans named and attributed
 * as the GenAI semantic conventions say), serialised by its own OTLP/JSON serialiser: what an
 * exporter sends and a collector's file exporter writes. One trace per task.
 */
type Call = { agent: string; input: number; output: number; model?: string };
type Task = { id: string; solved: boolean; calls: Call[] };

function writeTraces(tasks: readonly Task[], resource: Record<string, string | number>): { json: string; input: number; output: number } {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ "service.name": "pilot", ...resource }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer("pilot-harness");
  let input = 0;
  let output = 0;
  for (const task of tasks) {
    const root = tracer.startSpan("invoke_agent", { attributes: { "gen_ai.operation.name": "invoke_agent", "task.id": task.id } });
    const inside = trace.setSpan(context.active(), root);
    for (const call of task.calls) {
      const span = tracer.startSpan(
        `chat ${call.model ?? "gpt-5-mini"}`,
        {
          attributes: {
            "gen_ai.operation.name": "chat",
            "gen_ai.request.model": call.model ?? "gpt-5-mini",
            "gen_ai.agent.name": call.agent,
            "gen_ai.usage.input_tokens": call.input,
            "gen_ai.usage.output_tokens": call.output,
          },
        },
        inside,
      );
      span.end();
      input += call.input;
      output += call.output;
    }
    // The roll-up an agent span may carry must not be counted again.
    root.setAttributes({ "task.success": task.solved, "gen_ai.usage.input_tokens": 999_999 });
    root.end();
  }
  const bytes = JsonTraceSerializer.serializeRequest(exporter.getFinishedSpans());
  if (bytes === undefined) throw new Error("the SDK serialised nothing");
  return { json: new TextDecoder().decode(bytes), input, output };
}

const calls = (n: number, agents: readonly string[], tokens: [number, number]): Call[] =>
  Array.from({ length: n }, (_, i) => ({ agent: agents[i % agents.length] ?? "a", input: tokens[0] + i, output: tokens[1] + i }));

describe("OpenTelemetry traces from the SDK", () => {
  const tasks: Task[] = [
    { id: "t1", solved: true, calls: calls(3, ["orchestrator", "worker-1", "worker-2", "worker-3"], [1200, 300]) },
    { id: "t2", solved: false, calls: calls(5, ["orchestrator", "worker-1", "worker-2", "worker-3"], [900, 200]) },
    { id: "t3", solved: true, calls: calls(4, ["orchestrator", "worker-1", "worker-2", "worker-3"], [1000, 250]) },
  ];
  const written = writeTraces(tasks, { "agent.architecture": "centralized", "agent.count": 4 });

  test("yield the tokens the spans recorded, the model calls, the design and success per trace", () => {
    const summary = parseRunLogText(written.json, "traces.json");
    assert.equal(summary.files[0]?.kind, "otlp");
    assert.deepEqual(summary.rows, { valid: 3, invalid: 0 });
    const [design] = summary.designs;
    assert.deepEqual([design?.architecture, design?.agents, design?.model, design?.tasks, design?.solved], ["centralized", 4, "gpt-5-mini", 3, 2]);
    // Every input and output token of the chat spans, and nothing of the agent span's roll-up.
    assert.equal((design?.means.tokensIn ?? 0) * 3, written.input);
    assert.equal((design?.means.tokensOut ?? 0) * 3, written.output);
    assert.deepEqual([written.input, written.output], [3603 + 4510 + 4006, 903 + 1010 + 1006]);
    assert.equal(design?.means.turns, 4, "(3 + 5 + 4) / 3 model calls");
    assert.ok((design?.means.seconds ?? -1) >= 0);
  });

  test("one request per line (a collector's file exporter) reads the same; the design can come from the agent names", () => {
    // The spans of every trace split over two requests, one per line: a trace is whole again at the end.
    const request = JSON.parse(written.json);
    const spans = request.resourceSpans[0].scopeSpans[0].spans;
    const half = (part: unknown[]) =>
      JSON.stringify({ resourceSpans: [{ ...request.resourceSpans[0], scopeSpans: [{ ...request.resourceSpans[0].scopeSpans[0], spans: part }] }] });
    const lines = `${half(spans.filter((_: unknown, i: number) => i % 2 === 0))}\n${half(spans.filter((_: unknown, i: number) => i % 2 === 1))}\n`;
    const split = parseRunLogText(lines, "traces.jsonl");
    assert.equal(split.files[0]?.kind, "otlp");
    assert.deepEqual(split.designs, parseRunLogText(written.json, "traces.json").designs);
    const named = writeTraces(
      [
        { id: "s1", solved: true, calls: calls(2, ["solo"], [500, 50]) },
        { id: "s2", solved: false, calls: calls(2, ["a", "b", "c"], [500, 50]) },
      ],
      {},
    );
    const summary = parseRunLogText(named.json, "named.json", { settings: { design: { architecture: "decentralized", agents: 3 } } });
    assert.deepEqual(
      summary.designs.map((d) => [d.architecture, d.agents, d.tasks]),
      [["single", 1, 1]],
    );
    assert.deepEqual(
      summary.errors.map((e) => [e.sample, e.field]),
      [["s2 (trace " + (summary.errors[0]?.sample?.split("(trace ")[1] ?? ""), "architecture"]],
    );
  });

  test("a trace without the success attribute is an invalid row naming it; another attribute can be named", () => {
    const s = parseRunLogText(written.json, "traces.json", { rules: { successAttribute: "eval.passed" } });
    assert.deepEqual(s.rows, { valid: 0, invalid: 3 });
    assert.match(s.errors[0]?.reason ?? "", /^no span or resource attribute "eval.passed" says whether the task was solved/);
  });

  test("attributeMap reads int64 written as a string, doubles and booleans", () => {
    assert.deepEqual(
      [
        ...attributeMap([
          { key: "a", value: { intValue: "12" } },
          { key: "b", value: { doubleValue: 0.5 } },
          { key: "c", value: { arrayValue: {} } },
          { key: "d", value: { boolValue: false } },
        ]),
      ],
      [
        ["a", 12],
        ["b", 0.5],
        ["d", false],
      ],
    );
  });
});
