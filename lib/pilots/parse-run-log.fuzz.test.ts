import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { fuzzSettings } from "../fuzz-settings";
import { parseRunLogText } from "./parse-run-log";
import { DEFAULT_MAX_ERRORS } from "./run-log";
import { RUN_LOG_COLUMNS } from "./run-log-schema";

/** Cells that are sometimes valid: ids, architectures, counts, flags, numbers, junk (no quote, comma or line break). */
const cell = fc.oneof(
  fc.constantFrom("t1", "t2", "t3", "single", "centralized", "decentralized", "independent", "hybrid", "swarm", "1", "2", "3", "4", "0", "10", "true", "false", "yes", "0.5", "-1", "1e3", "", " ", "NaN", "١"),
  fc.string({ maxLength: 6 }).map((s) => s.replace(/[",\r\n]/g, "")),
);

/** A CSV line: mostly rows of the header's width, some of other widths, blank lines. */
const csvLine = (width: number) =>
  fc.oneof({ weight: 6, arbitrary: fc.array(cell, { minLength: width, maxLength: width }) }, { weight: 1, arbitrary: fc.array(cell, { maxLength: width + 2 }) }).map((cells) => cells.join(","));

/** Whether the reader skips a line: blank, or every cell blank. */
const isBlankRow = (line: string) => line.split(",").every((c) => c.trim() === "");

const csvLogArbitrary = fc
  .tuple(fc.constantFrom(...Object.values(RUN_LOG_COLUMNS)), fc.boolean())
  .chain(([columns, crlf]) => fc.record({ columns: fc.constant(columns), crlf: fc.constant(crlf), lines: fc.array(csvLine(columns.length), { maxLength: 40 }) }));

test("fuzz: a CSV upload of any rows: rows kept + rows rejected = rows read (every line after the header that is not blank)", () => {
  fc.assert(
    fc.property(csvLogArbitrary, ({ columns, crlf, lines }) => {
      const text = [columns.join(","), ...lines].join(crlf ? "\r\n" : "\n");
      const summary = parseRunLogText(new TextEncoder().encode(text), "pilot.csv");
      const read = lines.filter((l) => !isBlankRow(l)).length;
      assert.equal(summary.rows.valid + summary.rows.invalid, read, JSON.stringify(text));
      if (columns[0] === "task") assert.equal(summary.designs.reduce((n, d) => n + d.tasks, 0), summary.rows.valid);
    }),
    fuzzSettings(300),
  );
});

/** A JSON Lines line: an object with some of the columns (values of any JSON type), a non-object, or junk. */
const jsonLine = fc.oneof(
  { weight: 5, arbitrary: fc.dictionary(fc.constantFrom(...RUN_LOG_COLUMNS["per-task"]), fc.oneof(cell, fc.integer({ min: -2, max: 20 }), fc.boolean(), fc.constant(null))).map((o) => JSON.stringify(o)) },
  { weight: 1, arbitrary: fc.constantFrom("[1,2]", "42", "\"x\"", "{", "{\"task\":", "null", "   ") },
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
    fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom("pilot.csv", "pilot.jsonl", "pilot.txt"), (bytes, name) => {
      const summary = parseRunLogText(bytes, name);
      const { valid, invalid } = summary.rows;
      assert.ok(Number.isInteger(valid) && Number.isInteger(invalid) && valid >= 0 && invalid >= 0);
      assert.ok(summary.errors.length <= DEFAULT_MAX_ERRORS);
      assert.equal(summary.designs.reduce((n, d) => n + d.tasks, 0) <= valid || summary.format === "aggregate", true);
      if (summary.format === null) assert.equal(valid + invalid, 0);
    }),
    fuzzSettings(500),
  );
});
