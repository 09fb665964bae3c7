import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { fuzzSettings } from "../fuzz-settings";
import { strToU8, zipSync } from "fflate";
import { parseRunLogText } from "./parse-run-log";
import { DEFAULT_MAX_ERRORS } from "./run-log";
import { RUN_LOG_COLUMNS } from "./run-log-schema";

/** Cells that are sometimes valid: ids, architectures, counts, flags, numbers, junk (no quote, comma or line break). */
const cell = fc.oneof(
  fc.constantFrom(
    "t1",
    "t2",
    "t3",
    "single",
    "centralized",
    "decentralized",
    "independent",
    "hybrid",
    "swarm",
    "1",
    "2",
    "3",
    "4",
    "0",
    "10",
    "true",
    "false",
    "yes",
    "0.5",
    "-1",
    "1e3",
    "",
    " ",
    "NaN",
    "١",
  ),
  fc.string({ maxLength: 6 }).map((s) => s.replace(/[",\r\n]/g, "")),
);

/** A CSV line: mostly rows of the header's width, some of other widths, blank lines. */
const csvLine = (width: number) =>
  fc
    .oneof({ weight: 6, arbitrary: fc.array(cell, { minLength: width, maxLength: width }) }, { weight: 1, arbitrary: fc.array(cell, { maxLength: width + 2 }) })
    .map((cells) => cells.join(","));

/** Whether the reader skips a line: blank, or every cell blank. */
const isBlankRow = (line: string) => line.split(",").every((c) => c.trim() === "");

const csvLogArbitrary = fc
  .tuple(fc.constantFrom(...Object.values(RUN_LOG_COLUMNS)), fc.boolean())
  .chain(([columns, crlf]) =>
    fc.record({ columns: fc.constant(columns), crlf: fc.constant(crlf), lines: fc.array(csvLine(columns.length), { maxLength: 40 }) }),
  );

test("fuzz: a CSV upload of any rows: rows kept + rows rejected = rows read (every line after the header that is not blank)", () => {
  fc.assert(
    fc.property(csvLogArbitrary, ({ columns, crlf, lines }) => {
      const text = [columns.join(","), ...lines].join(crlf ? "\r\n" : "\n");
      const summary = parseRunLogText(new TextEncoder().encode(text), "pilot.csv");
      const read = lines.filter((l) => !isBlankRow(l)).length;
      assert.equal(summary.rows.valid + summary.rows.invalid, read, JSON.stringify(text));
      if (columns[0] === "task")
        assert.equal(
          summary.designs.reduce((n, d) => n + d.tasks, 0),
          summary.rows.valid,
        );
      assert.ok(summary.designs.length <= 12, "never more designs than a scenario takes pilots");
    }),
    fuzzSettings(300),
  );
});

/** A JSON Lines line: an object with some of the columns (values of any JSON type), a non-object, or junk. */
const jsonLine = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .dictionary(fc.constantFrom(...RUN_LOG_COLUMNS["per-task"]), fc.oneof(cell, fc.integer({ min: -2, max: 20 }), fc.boolean(), fc.constant(null)))
      .map((o) => JSON.stringify(o)),
  },
  { weight: 1, arbitrary: fc.constantFrom("[1,2]", "42", '"x"', "{", '{"task":', "null", "   ") },
);

/** Whether the reader skips a JSON line as a row: blank, or an object whose every column is null, absent or blank. */
function isBlankRecord(line: string): boolean {
  if (line.trim() === "") return true;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return false;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const record = new Map(Object.entries(value));
  return RUN_LOG_COLUMNS["per-task"].every((c) => {
    const cellValue: unknown = record.get(c);
    return cellValue === undefined || cellValue === null || (typeof cellValue === "string" && cellValue.trim() === "");
  });
}

test("fuzz: a JSON Lines upload of any lines: rows kept + rows rejected = rows read (every line but blank ones)", () => {
  const header = JSON.stringify({ task: "t0", architecture: "single", agents: 1, solved: 1 });
  fc.assert(
    fc.property(fc.array(jsonLine, { maxLength: 40 }), (lines) => {
      const summary = parseRunLogText([header, ...lines].join("\n"), "pilot.jsonl");
      const read = 1 + lines.filter((l) => !isBlankRecord(l)).length;
      assert.equal(summary.rows.valid + summary.rows.invalid, read, JSON.stringify(lines));
    }),
    fuzzSettings(300),
  );
});

test("fuzz: any byte string as an upload gives a summary, never a throw; its counts are whole, errors bounded", () => {
  fc.assert(
    fc.property(
      fc.uint8Array({ maxLength: 2000 }),
      fc.constantFrom("pilot.csv", "pilot.jsonl", "pilot.txt", "log.eval", "log.json", "traces.json"),
      (bytes, name) => {
        const summary = parseRunLogText(bytes, name);
        const { valid, invalid } = summary.rows;
        assert.ok(Number.isInteger(valid) && Number.isInteger(invalid) && valid >= 0 && invalid >= 0);
        assert.ok(summary.errors.length <= DEFAULT_MAX_ERRORS);
        assert.equal(summary.designs.reduce((n, d) => n + d.tasks, 0) <= valid || summary.format === "aggregate", true);
        if (summary.format === null) assert.equal(valid, 0);
      },
    ),
    fuzzSettings(500),
  );
});

/** A value an Inspect sample's field may hold: sometimes right, often not. */
const anyValue = fc.oneof(
  fc.constantFrom("C", "I", "P", "N", "x", "", 0, 1, 0.5, -3, true, false, null),
  fc.string({ maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer()),
);
const sampleArbitrary = fc.record(
  {
    id: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom("a", "b", ""), fc.constant(null)),
    epoch: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.constant("2")),
    scores: fc.oneof(fc.constant({}), fc.record({ match: fc.record({ value: anyValue }, { requiredKeys: [] }) }), anyValue),
    model_usage: fc.oneof(
      fc.record({
        m: fc.record(
          { input_tokens: fc.oneof(fc.integer({ min: -5, max: 1e6 }), fc.double()), output_tokens: fc.integer({ min: 0, max: 1e4 }) },
          { requiredKeys: [] },
        ),
      }),
      anyValue,
    ),
    working_time: fc.oneof(fc.double({ min: -1, max: 1e8, noNaN: true }), anyValue),
    events: fc.oneof(fc.array(fc.record({ event: fc.constantFrom("model", "tool", "score") }), { maxLength: 5 }), anyValue),
  },
  { requiredKeys: [] },
);

test("fuzz: an Inspect .eval log of any samples: samples kept + samples rejected = samples in the log", () => {
  fc.assert(
    fc.property(fc.array(sampleArbitrary, { maxLength: 12 }), fc.constantFrom("single", "hybrid", undefined), (samples, architecture) => {
      const files: Record<string, Uint8Array> = {
        "header.json": strToU8(JSON.stringify({ version: 2, eval: { model: "m", task_args: architecture === undefined ? {} : { architecture, agents: 3 } } })),
      };
      samples.forEach((s, i) => (files[`samples/${i}_epoch_1.json`] = strToU8(JSON.stringify(s))));
      const summary = parseRunLogText(zipSync(files), "log.eval", { settings: { design: { architecture: "single", agents: 1 } } });
      assert.equal(summary.rows.valid + summary.rows.invalid, samples.length, JSON.stringify(samples));
      assert.equal(
        summary.designs.reduce((n, d) => n + d.tasks, 0),
        summary.rows.valid,
      );
    }),
    fuzzSettings(200),
  );
});

test("fuzz: OpenTelemetry requests of any spans: traces kept + traces rejected = traces with a trace id", () => {
  const attribute = fc.record({
    key: fc.constantFrom(
      "task.success",
      "task.id",
      "agent.architecture",
      "agent.count",
      "gen_ai.agent.name",
      "gen_ai.usage.input_tokens",
      "gen_ai.operation.name",
      "gen_ai.request.model",
    ),
    value: fc.oneof(
      fc.record({ stringValue: fc.constantFrom("chat", "true", "single", "hybrid", "a", "x") }),
      fc.record({ intValue: fc.oneof(fc.integer({ min: -2, max: 20 }), fc.constant("7")) }),
      fc.record({ boolValue: fc.boolean() }),
      fc.record({ doubleValue: fc.double() }),
    ),
  });
  const span = fc.record(
    {
      traceId: fc.constantFrom("aa", "bb", "cc", ""),
      spanId: fc.constant("s"),
      attributes: fc.array(attribute, { maxLength: 6 }),
      startTimeUnixNano: fc.constantFrom("1000", "x", 5),
      endTimeUnixNano: fc.constantFrom("2000000000", "0"),
    },
    { requiredKeys: ["traceId"] },
  );
  fc.assert(
    fc.property(fc.array(span, { maxLength: 10 }), (spans) => {
      const json = JSON.stringify({ resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ spans }] }] });
      const summary = parseRunLogText(json, "traces.json", { settings: { design: { architecture: "centralized", agents: 4 } } });
      const traces = new Set(spans.map((s) => s.traceId).filter((t) => t !== "")).size;
      const noTrace = spans.filter((s) => s.traceId === "").length;
      assert.equal(summary.rows.valid + summary.rows.invalid, traces + noTrace, json);
    }),
    fuzzSettings(200),
  );
});
