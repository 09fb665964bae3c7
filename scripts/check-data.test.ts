import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { corruptedCopy, setCell, setCsvCell } from "../lib/data/test-helpers";

const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/check-data.ts", ...args], { encoding: "utf8" });

test("check-data passes on the stored data and prints its version", () => {
  const result = run();
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^data ok \(version [0-9a-f]{12}\): 270 runs, 1800 task results/);
  assert.match(result.stdout, /\nevidence: 11 studies, 747 study runs, 44 benchmarks and 35 models in the catalogs; \d+ matched success-rate cells on \d+ benchmarks\n/);
});

test("check-data fails (exit 1) on a corrupted study run, naming file, row and field", () => {
  const copy = corruptedCopy("study-runs.csv", (text) => setCsvCell(text, 5, "metric", "bleu"));
  try {
    const result = run("--dir", copy.dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /study-runs\.csv, row 5 \(line 6\), field "metric": expected one of success-rate, accuracy/);
  } finally {
    copy.cleanup();
  }
});

test("check-data fails (exit 1) on a corrupted copy, naming file, row and field", () => {
  const copy = corruptedCopy("runs.csv", (text) => setCell(text, 2, "fold_v3", "7"));
  try {
    const result = run("--dir", copy.dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /runs\.csv, row 2 \(line 3\), field "fold_v3": expected an integer in \[0, 4\] or blank, got "7"/);
  } finally {
    copy.cleanup();
  }
});

test("check-data rejects an unknown flag with exit 2", () => {
  const result = run("--bogus");
  assert.equal(result.status, 2);
  assert.match(result.stderr, /--bogus/);
});
