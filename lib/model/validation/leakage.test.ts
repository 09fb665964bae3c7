import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataset } from "../../data/load";
import { paperFitRuns } from "../../data/row-sets";
import { evidenceRows, measuredAgentsOf } from "../architect/evidence-rows";
import { architectPredictor } from "./models";
import { heldOutByGroup, pooledArchitect } from "./pooled";

/**
 * No held-out group reaches its own prediction: change every multi-agent outcome of the held-out
 * benchmark (in Kim et al.'s runs and in every other study) and its held-out predictions must not move.
 * Fitting, scaling and weighting all happen inside the training rows, so they cannot.
 */
const dataset = loadDataset();
const HELD = "browsecomp-plus";
const perturbed = {
  ...dataset,
  runs: dataset.runs.map((r) => (r.benchmark === HELD && r.architecture !== "single" ? { ...r, success_rate: 1 - r.success_rate } : r)),
  studyRuns: dataset.studyRuns.map((r) => (r.benchmark === HELD && r.pairing === "matched" ? { ...r, value: 1 - r.value } : r)),
};

test("Kim et al.'s LOBO: the held-out benchmark's outcomes, in any study, do not reach its predictions", () => {
  const predictions = (data: typeof dataset) => {
    const runs = paperFitRuns(data.runs, "v3");
    const test = runs.flatMap((r, i) => (r.benchmark === HELD ? [i] : []));
    const train = runs.flatMap((r, i) => (r.benchmark === HELD ? [] : [i]));
    return architectPredictor(true)(runs, data)(train, test, "lobo").map((h) => [h.mean, h.sd]);
  };
  const before = predictions(dataset);
  assert.ok(before.length > 40);
  assert.deepEqual(predictions(perturbed), before);
});

test("the pooled LOBO: the same holds with every study's rows", () => {
  const agents = measuredAgentsOf(dataset);
  const predictions = (data: typeof dataset) => {
    const rows = evidenceRows(data, "all");
    // Only the held-out benchmark's fold is fitted: it is the one whose predictions this checks.
    const held = heldOutByGroup(pooledArchitect(agents).predict, rows, "benchmark", new Set([HELD]));
    return rows.flatMap((r, i) => (r.benchmark === HELD ? [[held[i]?.mean, held[i]?.sd]] : []));
  };
  const before = predictions(dataset);
  assert.ok(before.length > 50);
  assert.deepEqual(predictions(perturbed), before);
});
