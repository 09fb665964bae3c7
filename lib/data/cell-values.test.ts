import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { isCalendarDate, isDecimalText, MAX_NUMBER_TEXT_LENGTH, parseNumber, type CharSource } from "./cell-values";

/** The pattern isDecimalText replaced: same language, but it backtracks quadratically on "1111…1x". */
const OLD_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A string whose reads are counted: the scanner's work, measured without a clock. */
function counted(text: string): { source: CharSource; reads: () => number } {
  let reads = 0;
  return {
    source: { length: text.length, charCodeAt: (i: number) => (reads++, text.charCodeAt(i)) },
    reads: () => reads,
  };
}

describe("isDecimalText", () => {
  test("accepts exactly what the old pattern accepted", () => {
    const cases = ["0", "12", "-3", "+4", "1.", ".5", "1.5", "-0.25", "1e3", "1E-3", "2.5e+10", ".5e2", "", ".", "-", "+.", "e3", "1e", "1e+", "1.2.3", "1..2", "--1", " 1", "1 ", "0x10", "Infinity", "NaN", "1_000", "١٢", "1e3.5", "+-1", "1e--3"];
    for (const text of cases) assert.equal(isDecimalText(text), OLD_PATTERN.test(text), JSON.stringify(text));
  });

  test("reads each character at most once: a 1 MB run of digits ending in a letter takes 1 MB reads, not a million squared", () => {
    const text = `${"1".repeat(1_000_000)}x`;
    const { source, reads } = counted(text);
    assert.equal(isDecimalText(source), false);
    assert.ok(reads() <= text.length, `${reads()} reads for ${text.length} characters`);
  });

  test("the backtracking pattern is gone from lib/ and scripts/ (it took 2.1 s on 20,000 characters)", () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const file = path.join(dir, name);
        return statSync(file).isDirectory() ? walk(file) : file.endsWith(".ts") && !file.endsWith(".test.ts") ? [file] : [];
      });
    const users = ["lib", "scripts"].flatMap(walk).filter((file) => readFileSync(file, "utf8").includes(String.raw`(\d+\.?\d*|\.\d+)`));
    assert.deepEqual(users, []);
  });
});

describe("parseNumber", () => {
  test("caps the text at MAX_NUMBER_TEXT_LENGTH characters, blanks included, on every path that uses it", () => {
    assert.equal(parseNumber("1".repeat(MAX_NUMBER_TEXT_LENGTH), {}), Number("1".repeat(MAX_NUMBER_TEXT_LENGTH)));
    assert.equal(parseNumber(`${"0".repeat(MAX_NUMBER_TEXT_LENGTH)}1`, {}), undefined);
    assert.equal(parseNumber(` ${"0".repeat(MAX_NUMBER_TEXT_LENGTH - 1)}1`, {}), undefined);
  });

  test("a 1 MB input is answered (undefined), digits or not", () => {
    assert.equal(parseNumber("9".repeat(1_000_000), {}), undefined);
    assert.equal(parseNumber(`${"1".repeat(1_000_000)}x`, {}), undefined);
  });

  test("reads bounds, integers and finiteness as before", () => {
    assert.equal(parseNumber(" 0.25 ", { min: 0, max: 1 }), 0.25);
    assert.equal(parseNumber("1.7", { min: 0, max: 1 }), undefined);
    assert.equal(parseNumber("2.5", { integer: true }), undefined);
    assert.equal(parseNumber("1e309", {}), undefined);
  });
});

describe("isCalendarDate", () => {
  test("rejects days a month does not have, which Date.parse accepts", () => {
    assert.ok(!Number.isNaN(Date.parse("2026-02-30")), "the premise: JavaScript's Date accepts it");
    for (const bad of ["2026-02-30", "2026-02-29", "2025-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01", "2026/01/01", "20260101", "2026-01-01T00:00"]) {
      assert.equal(isCalendarDate(bad), false, bad);
    }
  });

  test("accepts real days, leap days included", () => {
    for (const good of ["2026-08-05", "2024-02-29", "2000-02-29", "2026-12-31", "2026-04-30"]) assert.equal(isCalendarDate(good), true, good);
    assert.equal(isCalendarDate("1900-02-29"), false);
  });
});
