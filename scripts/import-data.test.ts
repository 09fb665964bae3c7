import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { rate } from "./import/benchmark-ratings";
import { SHARED, skipWithoutShared } from "../test-support/shared-folder";

const SHARED_DATA = path.join(SHARED, "data");

test("rate reads rubric answers in order and leaves the questions after a gate's no blank", () => {
  assert.deepEqual(rate("yes no"), { split: true, independent: false, mostWork: null, noSharedState: null, simpleJoin: null });
  assert.deepEqual(rate("yes yes no yes no"), { split: true, independent: true, mostWork: false, noSharedState: true, simpleJoin: false });
  assert.throws(() => rate("yes maybe"), /rubric answer "maybe"/);
});

test(
  "import-data rebuilds every committed data file byte for byte from the shared folder",
  { skip: skipWithoutShared(path.join(SHARED_DATA, "external")) },
  () => {
    const dir = mkdtempSync(path.join(tmpdir(), "asc-import-"));
    try {
      cpSync("data", dir, { recursive: true });
      for (const file of ["benchmarks.csv", "models.csv", "studies.csv", "study-runs.csv"]) rmSync(path.join(dir, file));
      const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-data.ts", "--from", SHARED_DATA, "--to", dir], { encoding: "utf8" });
      assert.equal(result.status, 0, result.stderr);
      for (const file of readdirSync("data").filter((f) => f.endsWith(".csv"))) {
        assert.equal(readFileSync(path.join(dir, file), "utf8"), readFileSync(path.join("data", file), "utf8"), file);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
