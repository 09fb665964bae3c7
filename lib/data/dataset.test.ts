import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { DataError } from "./data-error";
import { loadDataset } from "./load";
import { corruptedCopy, findCsvRow, setCell, setCsvCell } from "./test-helpers";

const readData = (file: string) => readFileSync(path.join(process.cwd(), "data", file), "utf8");

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

  test("holds the evidence: 11 studies, their printed cells, and catalogs of every benchmark and model", () => {
    const data = loadDataset();
    assert.equal(data.studies.length, 11);
    assert.equal(data.studyRuns.length, 747);
    assert.equal(data.benchmarkCatalog.length, 44);
    assert.equal(data.modelCatalog.length, 35);
    assert.equal(data.models.length, 12);
    assert.deepEqual(data.benchmarks.map((b) => b.benchmark), data.benchmarkCatalog.slice(0, 6).map((b) => b.benchmark));
    assert.ok(data.modelCatalog.filter((m) => m.runs_coverage === "other-studies").every((m) => m.capability_index === null));
  });

  test("keeps Kim's printed d beside the rubric rating of each of Kim's benchmarks", () => {
    const data = loadDataset();
    const rubric = Object.fromEntries(data.benchmarkCatalog.map((b) => [b.benchmark, b.rubric_d]));
    assert.deepEqual(Object.fromEntries(data.benchmarks.map((b) => [b.benchmark, b.decomposability])), {
      "browsecomp-plus": 0.6, "finance-agent": 0.7, plancraft: 0.1, workbench: 0.3, "swe-bench-verified": 0.3, "terminal-bench": 0.2,
    });
    assert.deepEqual([rubric["browsecomp-plus"], rubric["finance-agent"], rubric.plancraft, rubric.workbench, rubric["swe-bench-verified"], rubric["terminal-bench"]], [0.75, 0.75, 0, 0, 0.25, 0]);
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

  test("a runs.csv row deleted: the 270 configurations and the fits' row counts no longer hold", () => {
    const error = loadError("runs.csv", (t) => t.split("\n").filter((_, i) => i !== 1).join("\n"));
    assert.match(error.message, /\/runs\.csv: 269 runs, expected exactly 270 \(Kim et al\.'s configurations\)/);
    assert.ok(error.issues.some((i) => i.file.endsWith("/paper-fits.csv") && i.field === "rows" && /fit v[23] has \d+ rows, but \d+ runs/.test(i.message)));
  });

  test("a run flagged out of a fit it belongs to", () => {
    const row = loadDataset().runs.findIndex((r) => r.in_v3) + 1;
    const error = loadError("runs.csv", (t) => setCell(t, row, "in_v3", "false"));
    assert.match(error.message, /\/paper-fits\.csv, row 2 \(line 3\), field "rows": fit v3 has 260 rows, but 259 runs of .*runs\.csv are flagged in_v3/);
  });

  test("a price period that ends before it starts", () => {
    const text = readData("prices.csv");
    const row = findCsvRow(text, (r) => r.from_date !== "");
    const error = loadError("prices.csv", (t) => setCsvCell(t, row, "to_date", "2000-01-01"));
    assert.match(error.message, new RegExp(`/prices\\.csv, row ${row} \\(line ${row + 1}\\), field "to_date": the period ends \\(2000-01-01\\) before it starts`));
  });

  test("a missing file", () => {
    const error = loadError("prices.csv", () => null);
    assert.match(error.message, /\/prices\.csv: cannot read the file/);
  });

  test("an empty file", () => {
    const error = loadError("models.csv", () => "");
    assert.match(error.message, /\/models\.csv, field "model": missing column "model"/);
  });

  test("a study-run figure edited away from its printed text", () => {
    const text = readData("study-runs.csv");
    const row = findCsvRow(text, (r) => r.study === "illusion-2606.13003" && r.method === "CoT-SC");
    const error = loadError("study-runs.csv", (t) => setCsvCell(t, row, "value", "0.6"));
    assert.match(error.message, new RegExp(`/study-runs\\.csv, row ${row} \\(line ${row + 1}\\), field "value": 0\\.6 differs from the printed percent "54\\.61±3\\.68" = 0\\.5461`));
  });

  test("an F1 cell passed off as a success rate", () => {
    const row = findCsvRow(readData("study-runs.csv"), (r) => r.metric === "f1");
    const error = loadError("study-runs.csv", (t) => setCsvCell(t, row, "success_like", "true"));
    assert.match(error.message, new RegExp(`row ${row} .*field "success_like": must be false for metric "f1"`));
  });

  test("a matched row whose single-agent baseline is gone", () => {
    const text = readData("study-runs.csv");
    const row = findCsvRow(text, (r) => r.study === "widesearch-2508.07999" && r.pairing === "baseline");
    const error = loadError("study-runs.csv", (t) => setCsvCell(t, row, "pairing", "unmatched"));
    assert.match(error.message, /field "pairing": no single-agent baseline row for widesearch-2508\.07999\/widesearch\/claude-sonnet-4-thinking\/success-rate/);
  });

  test("a study run of an unknown benchmark and a stored d that disagrees with the rubric", () => {
    assert.match(loadError("study-runs.csv", (t) => setCsvCell(t, 30, "benchmark", "gsm9k")).message, /row 30 \(line 31\), field "benchmark": unknown benchmark "gsm9k"/);
    const row = findCsvRow(readData("benchmarks.csv"), (r) => r.benchmark === "widesearch");
    assert.match(loadError("benchmarks.csv", (t) => setCsvCell(t, row, "rubric_d", "0.5")).message, /field "rubric_d": 0\.5 differs from the rubric's score 1/);
  });

  test("a model of Kim's runs without its capability index", () => {
    const error = loadError("models.csv", (t) => setCsvCell(t, 1, "capability_index", ""));
    assert.match(error.message, /\/models\.csv, row 1 \(line 2\), field "capability_index": required for a model of Kim et al.'s catalog/);
  });
});
