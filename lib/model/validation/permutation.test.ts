import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset } from "../../data/load";
import { rowSetRuns } from "../../data/row-sets";
import { architectExamples } from "../architect/architect-examples";
import { ARCHITECT_FEATURES } from "../architect/features";
import { fitArchitect } from "../architect/architect-fit";
import { predictArchitect } from "../architect/architect-predict";
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

  test("the lean LOBO MAE of the true assignment is the harness's LOBO MAE of the model without its gain shrinkage (Kim et al.'s runs)", () => {
    // The permutation test scores the fitted means (no out-of-study shrinkage): each held-out benchmark
    // predicted by fitArchitect without it, the gain weight fixed at 1, with its pilot.
    const examples = architectExamples(v3, dataset);
    const agents = Object.fromEntries(dataset.architectures.map((a) => [a.architecture, a.agents]));
    const errors = [...new Set(examples.map((e) => e.benchmark))].flatMap((held) => {
      const fit = fitArchitect(
        examples.filter((e) => e.benchmark !== held),
        agents,
        ARCHITECT_FEATURES,
        "benchmarks",
        { gainWeight: 1 },
      );
      return examples
        .filter((e) => e.benchmark === held && e.architecture !== "single")
        .map((e) =>
          Math.abs(e.successRate - predictArchitect(fit, { task: e.task, architecture: e.architecture, agents: agents[e.architecture] ?? 1 }).successRate),
        );
    });
    const direct = errors.reduce((s, x) => s + x, 0) / errors.length;
    assert.ok(Math.abs(loboMeanMae(examples) - direct) < 1e-9, `${loboMeanMae(examples)} vs ${direct}`);
  });

  test("giving the benchmarks each other's tool counts changes the statistic (the test can move)", () => {
    const examples = architectExamples(v3, dataset);
    const swapped = examples.map((e) => ({
      ...e,
      task: { ...e.task, tools: e.benchmark === "workbench" ? 2 : e.benchmark === "terminal-bench" ? 16 : e.task.tools },
    }));
    assert.notEqual(loboMeanMae(swapped), loboMeanMae(examples));
  });
});

describe("the Cholesky ridge solve", () => {
  test("matches the full ridge fit on a random design with a free intercept", () => {
    let seed = 3;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const rows = Array.from({ length: 40 }, () => [1, random(), random(), random() * 2]);
    const y = rows.map((r) => 0.2 + 0.5 * (r[1] ?? 0) - (r[2] ?? 0) + 0.1 * random());
    const penalties = [0, 3, 3, 30];
    const a = ridgeFromGram(gramOf(rows, y), penalties);
    const b = fitRidge(rows, y, penalties).coefficients;
    a.forEach((v, i) => assert.ok(Math.abs(v - (b[i] ?? Number.NaN)) < 1e-10, `coefficient ${i}: ${v} vs ${b[i]}`));
  });

  test("falls back to an LU solve when the system is not positive definite", () => {
    assert.deepEqual(
      ridgeFromGram(
        {
          xtx: [
            [0, 1],
            [1, 0],
          ],
          xty: [2, 3],
        },
        [0, 0],
      ).map((v) => Math.round(v * 1e12) / 1e12),
      [3, 2],
    );
  });
});
