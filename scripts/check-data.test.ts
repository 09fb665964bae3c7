import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { corruptedCopy, setCell, setCsvCell } from "../lib/data/test-helpers";

const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/check-data.ts", ...args], { encoding: "utf8" });

test("check-data passes on the stored data and prints its version", () => {
  const result = run();
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^data ok \(version [0-9a-f]{12}\): 270 runs, 1800 task results/);
  assert.match(
    result.stdout,
    /\nevidence: 11 studies, 747 study runs, 44 benchmarks and 35 models in the catalogs; \d+ matched success-rate cells on \d+ benchmarks\n/,
  );
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

/** Runs check-data on a copy of data/ with one file edited; returns its exit status and output. */
function runOnCopy(file: string, edit: (text: string) => string) {
  const copy = corruptedCopy(file, edit);
  try {
    return run("--dir", copy.dir);
  } finally {
    copy.cleanup();
  }
}

test("check-data fails (exit 1) on a published-coefficient table cut to 9 of its 26 rows, naming the missing terms per fit", () => {
  const result = runOnCopy("paper-coefficients.csv", (text) => `${text.split("\n").slice(0, 10).join("\n")}\n`);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /paper-coefficients\.csv, field "term": fit v2 lacks 4 of its 13 published coefficients: ExT, PxlogN, IxlogT, AxT\n/);
  assert.match(result.stderr, /paper-coefficients\.csv, field "term": fit v3 lacks 13 of its 13 published coefficients: intercept, I, I2/);
});

test("check-data fails (exit 1) on a coefficient the paper cannot print or an unknown term", () => {
  const result = runOnCopy("paper-coefficients.csv", (text) => `${text}v3,logN,0.1\nv3,Q,0.2\n`);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /paper-coefficients\.csv, row 27 \(line 28\), field "term": "logN" depends on the architecture alone/);
  assert.match(result.stderr, /paper-coefficients\.csv, row 28 \(line 29\), field "term": unknown term "Q"/);
});

test("check-data fails (exit 1) on an impossible calendar date, which JavaScript's Date accepts", () => {
  const result = runOnCopy("prices.csv", (text) => setCsvCell(text, 1, "as_of", "2026-02-30"));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /prices\.csv, row 1 \(line 2\), field "as_of": expected a date YYYY-MM-DD, got "2026-02-30"/);
});

test("check-data prints the same data version for a copy re-saved with a byte-order mark and CRLF line ends", () => {
  const version = (stdout: string) => /version ([0-9a-f]{12})/.exec(stdout)?.[1];
  const plain = run();
  const resaved = runOnCopy("runs.csv", (text) => `\uFEFF${text.replace(/\n/g, "\r\n")}`);
  assert.equal(resaved.status, 0, resaved.stderr);
  assert.ok(version(plain.stdout) !== undefined);
  assert.equal(version(resaved.stdout), version(plain.stdout));
});
