import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset } from "../../data/load";
import { rowSetRuns } from "../../data/row-sets";
import { architectExamples } from "../architect/examples";
import { evidenceRows } from "../architect/evidence";
import { toExample } from "../architect/examples";
import { runAblations } from "./ablations";
import { cachedEvidenceValidation } from "./pooled";
import { loboMeanMae, permutations } from "./permutation";
import { ridgeFromGram, gramOf, fitRidge } from "../stats/ridge";

const dataset = loadDataset();
const v3 = rowSetRuns(dataset.runs, "v3");

describe("the permutation test's statistic", () => {
  test("permutations lists every ordering once", () => {
    const all = permutations(["a", "b", "c", "d"]);
    assert.equal(all.length, 24);
    assert.equal(new Set(all.map((p) => p.join(""))).size, 24);
    for (const p of all) assert.deepEqual([...p].sort(), ["a", "b", "c", "d"]);
  });

  test("the lean LOBO MAE of the true assignment is the ablations' 'as fitted' figure (Kim et al.'s runs)", () => {
    const asFitted = runAblations(v3, dataset).variants.find((v) => v.key === "as-fitted");
    assert.ok(asFitted);
    assert.ok(Math.abs(loboMeanMae(architectExamples(v3, dataset)) - asFitted.maeLoboMas) < 1e-9, `${loboMeanMae(architectExamples(v3, dataset))} vs ${asFitted.maeLoboMas}`);
  });

  test("on every benchmark of the evidence it is the pooled harness's LOBO MAE", () => {
    const pooled = cachedEvidenceValidation(dataset).architect.loboMas.mae;
    assert.ok(Math.abs(loboMeanMae(evidenceRows(dataset, "all").map((r) => toExample(r))) - pooled) < 1e-9);
  });

  test("giving the benchmarks each other's tool counts changes the statistic (the test can move)", () => {
    const examples = architectExamples(v3, dataset);
    const swapped = examples.map((e) => ({ ...e, task: { ...e.task, tools: e.benchmark === "workbench" ? 2 : e.benchmark === "terminal-bench" ? 16 : e.task.tools } }));
    assert.notEqual(loboMeanMae(swapped), loboMeanMae(examples));
  });
});

describe("the Cholesky ridge solve", () => {
  test("matches the full ridge fit on a random design with a free intercept", () => {
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const rows = Array.from({ length: 40 }, () => [1, random(), random(), random() * 2]);
    const y = rows.map((r) => 0.2 + 0.5 * (r[1] ?? 0) - (r[2] ?? 0) + 0.1 * random());
    const penalties = [0, 3, 3, 30];
    const a = ridgeFromGram(gramOf(rows, y), penalties);
    const b = fitRidge(rows, y, penalties).coefficients;
    a.forEach((v, i) => assert.ok(Math.abs(v - (b[i] ?? Number.NaN)) < 1e-10, `coefficient ${i}: ${v} vs ${b[i]}`));
  });

  test("falls back to an LU solve when the system is not positive definite", () => {
    assert.deepEqual(ridgeFromGram({ xtx: [[0, 1], [1, 0]], xty: [2, 3] }, [0, 0]).map((v) => Math.round(v * 1e12) / 1e12), [3, 2]);
  });
});
