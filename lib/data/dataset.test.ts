import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DataError } from "./data-error";
import { loadDataset } from "./load";
import { corruptedCopy, setCell } from "./test-helpers";

function loadError(file: string, edit: (text: string) => string | null): DataError {
  const copy = corruptedCopy(file, edit);
  try {
    loadDataset(copy.dir);
  } catch (error) {
    assert.ok(error instanceof DataError, `expected a DataError, got ${String(error)}`);
    return error;
  } finally {
    copy.cleanup();
  }
  assert.fail(`corrupted ${file} loaded without error`);
}

describe("the stored data", () => {
  test("loads with every table at its documented size", () => {
    const data = loadDataset();
    assert.equal(data.runs.length, 270);
    assert.equal(data.runs.filter((r) => r.in_v2).length, 180);
    assert.equal(data.runs.filter((r) => r.in_v3).length, 260);
    assert.equal(data.taskResults.length, 1800);
    assert.equal(data.benchmarks.length, 6);
    assert.equal(data.architectures.length, 5);
    assert.match(data.version, /^[0-9a-f]{12}$/);
  });

  test("links every model to a price except none", () => {
    const data = loadDataset();
    assert.deepEqual(data.models.filter((m) => m.price_id === null).map((m) => m.model), []);
  });
});

describe("a malformed data file is rejected with file, row and field named", () => {
  test("wrong type", () => {
    const error = loadError("runs.csv", (t) => setCell(t, 3, "success_rate", "high"));
    assert.deepEqual(error.issues.map((i) => [i.file.endsWith("/runs.csv"), i.row, i.field]), [[true, 3, "success_rate"]]);
    assert.match(error.message, /\/runs\.csv, row 3 \(line 4\), field "success_rate": expected a number in \[0, 1\], got "high"/);
  });

  test("out-of-range rate", () => {
    const error = loadError("runs.csv", (t) => setCell(t, 7, "success_rate", "1.7"));
    assert.match(error.message, /\/runs\.csv, row 7 \(line 8\), field "success_rate": expected a number in \[0, 1\], got "1\.7"/);
  });

  test("unknown model", () => {
    const error = loadError("runs.csv", (t) => setCell(t, 12, "model", "gpt-9"));
    assert.ok(error.issues.some((i) => i.file.endsWith("/runs.csv") && i.row === 12 && i.field === "model" && /unknown model "gpt-9"/.test(i.message)));
  });

  test("missing column", () => {
    const error = loadError("benchmarks.csv", (t) => t.replace("decomposability,", "decomp,"));
    assert.match(error.message, /\/benchmarks\.csv, field "decomposability": missing column "decomposability"/);
  });

  test("unknown architecture in the per-task results", () => {
    const error = loadError("task-results.csv", (t) => setCell(t, 5, "architecture", "swarm"));
    assert.match(error.message, /\/task-results\.csv, row 5 \(line 6\), field "architecture": unknown architecture "swarm"/);
  });

  test("per-task results that no longer add up to their run", () => {
    const error = loadError("task-results.csv", (t) => setCell(t, 1, "resolved", "1"));
    assert.match(error.message, /\/runs\.csv, row \d+ \(line \d+\), field "successes": 10 differs from 11 resolved per-task results/);
  });

  test("a rate that disagrees with its counts", () => {
    const runs = loadDataset().runs;
    const row = runs.findIndex((r) => r.tasks !== null) + 1;
    const error = loadError("runs.csv", (t) => setCell(t, row, "success_rate", "0.99"));
    assert.ok(error.issues.some((i) => i.row === row && i.field === "success_rate" && /differs from successes\/tasks/.test(i.message)));
  });

  test("a value outside a column's allowed set", () => {
    const error = loadError("runs.csv", (t) => setCell(setCell(t, 4, "source", "blog"), 5, "in_v2", "yes"));
    assert.match(error.message, /\/runs\.csv, row 4 \(line 5\), field "source": expected one of paper-4bench, paper-swe-tb-per-instance, got "blog"/);
    assert.match(error.message, /\/runs\.csv, row 5 \(line 6\), field "in_v2": expected true or false, got "yes"/);
  });

  test("a missing file", () => {
    const error = loadError("prices.csv", () => null);
    assert.match(error.message, /\/prices\.csv: cannot read the file/);
  });

  test("an empty file", () => {
    const error = loadError("models.csv", () => "");
    assert.match(error.message, /\/models\.csv, field "model": missing column "model"/);
  });
});
