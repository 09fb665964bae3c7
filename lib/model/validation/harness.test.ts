import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import type { Run } from "../../data/schemas";
import { loadDataset } from "../../data/load";
import { decisionNoiseCeiling } from "./noise";
import { cachedValidation, type ModelValidation, type ValidationReport } from "./harness";
import { decisionScores } from "./decisions";
import type { HeldOut } from "./models";
import { meetsTarget, VALIDATION_TARGETS } from "./targets";

const dataset = loadDataset();
/**
 * Every slot 0..n-1 of a held-out array holds a finite prediction with a positive SD. Checked index by
 * index: the harness fills a preallocated array, and .every skips the holes a missed run would leave.
 */
const everySlotPredicted = (held: readonly (HeldOut | undefined)[], n: number, what: string) => {
  assert.equal(held.length, n, what);
  for (let i = 0; i < n; i++) {
    const h = held[i];
    assert.ok(h !== undefined && Number.isFinite(h.mean) && h.sd !== null && Number.isFinite(h.sd) && h.sd > 0, `${what}: run ${i} has ${JSON.stringify(h)}`);
  }
};
const close = (a: number | null, b: number, tolerance: number, what: string) => assert.ok(a !== null && Math.abs(a - b) <= tolerance, `${what}: ${a} vs ${b}`);
const find = (report: ValidationReport, key: ModelValidation["key"]) => {
  const m = report.models.find((x) => x.key === key);
  assert.ok(m, key);
  return m;
};

describe("the validation harness reproduces docs/model.md's reference validation of the paper's model", () => {
  let v2: ValidationReport;
  let v3: ValidationReport;
  before(() => {
    v2 = cachedValidation(dataset, "v2");
    v3 = cachedValidation(dataset, "v3");
  });

  test("v2: 5-fold MAE 0.111, exact best 15/36, decisions 29/36, LOBO MAE (multi-agent) 0.360", () => {
    const paper = find(v2, "paper");
    close(paper.maeCv, 0.111, 0.0005, "MAE 5-fold");
    assert.deepEqual(paper.decisions.cv, { groups: 36, exactBest: 15, singleVsMulti: 29 });
    close(paper.maeLoboMas, 0.36, 0.0005, "MAE LOBO multi");
    close(paper.r2CvMean, 0.5241, 0.0005, "R² CV");
  });

  test("v3: 5-fold MAE 0.122, exact best 16/52, decisions 35/52, LOBO MAE (multi-agent) 0.165, naive 0.163", () => {
    const paper = find(v3, "paper");
    close(paper.maeCv, 0.122, 0.0005, "MAE 5-fold");
    assert.deepEqual(paper.decisions.cv, { groups: 52, exactBest: 16, singleVsMulti: 35 });
    close(paper.maeLoboMas, 0.165, 0.0005, "MAE LOBO multi");
    assert.equal(paper.decisions.lobo.singleVsMulti, 34);
    close(find(v3, "naive").maeLoboMas, 0.163, 0.0005, "naive MAE LOBO multi");
  });

  test("the naive rule never recommends multi-agent and states no interval", () => {
    const naive = find(v3, "naive");
    assert.equal(naive.decisions.lobo.singleVsMulti, 22); // the groups where no multi-agent run beat the single agent
    assert.equal(naive.coverageCv, null);
  });

  test("the architect's model beats the paper's and the naive rule where architects need it", () => {
    const architect = find(v3, "architect");
    for (const baseline of [find(v3, "paper"), find(v3, "naive")]) {
      assert.ok(architect.maeLoboMas < baseline.maeLoboMas, `LOBO MAE ${architect.maeLoboMas} vs ${baseline.key} ${baseline.maeLoboMas}`);
      assert.ok(architect.decisionLobo > baseline.decisionLobo, `LOBO decisions ${architect.decisionLobo} vs ${baseline.key}`);
      assert.ok(architect.maeCv < baseline.maeCv, `5-fold MAE vs ${baseline.key}`);
    }
  });

  test("the architect's model meets both coverage targets and beats the naive rule's 5-fold MAE on multi-agent runs", () => {
    const architect = find(v3, "architect");
    const coverageTargets = VALIDATION_TARGETS.filter((t) => ["coverageCv", "coverageLobo"].includes(t.metric));
    assert.equal(coverageTargets.length, 2);
    for (const target of coverageTargets) {
      assert.ok(meetsTarget(target, architect).met, `${target.metric}: ${architect[target.metric]}`);
    }
    const naive = find(v3, "naive");
    assert.ok(architect.maeCvMas < naive.maeCvMas - 0.02, `5-fold MAE on multi-agent runs ${architect.maeCvMas} vs naive ${naive.maeCvMas}`);
  });

  test("single-agent runs are never scored against themselves: the pilot is the input, not the prediction", () => {
    const architect = find(v3, "architect");
    const singles = v3.runs.flatMap((r, i) => (r.architecture === "single" ? [i] : []));
    assert.equal(singles.length, 52, "one single-agent run per (benchmark, model) group");
    assert.ok(singles.some((i) => architect.heldOut.cv[i]?.mean !== v3.runs[i]?.success_rate));
    for (const i of singles) {
      const h = architect.heldOut.cv[i];
      assert.ok(h !== undefined, `run ${i} has no held-out prediction`);
      assert.equal(h.decisionMean, v3.runs[i]?.success_rate, `run ${i}`);
    }
  });

  test("sampling noise puts a floor near 0.05 under every model's error", () => {
    close(v3.noiseFloor.maeMas, 0.052, 0.001, "noise floor");
    assert.deepEqual(
      v3.models.map((m) => m.key),
      ["naive", "paper", "architect", "architectNoPilot"],
    );
    for (const m of v3.models) assert.ok(m.maeCvMas > v3.noiseFloor.maeMas, m.key);
  });

  test("every run gets exactly one held-out prediction per scheme", () => {
    for (const key of ["paper", "architect", "architectNoPilot"] as const) {
      const m = find(v3, key);
      everySlotPredicted(m.heldOut.cv, 260, `${key} 5-fold`);
      everySlotPredicted(m.heldOut.lobo, 260, `${key} LOBO`);
    }
    // The check itself catches a hole: a preallocated array with one slot never filled.
    const holed = [...find(v3, "architect").heldOut.lobo];
    delete holed[7];
    assert.throws(() => everySlotPredicted(holed, 260, "holed"), /run 7 has undefined/);
  });
});

describe("decisionScores", () => {
  const run = (benchmark: string, architecture: string, success_rate: number): Run => ({
    benchmark,
    architecture,
    model: "m",
    success_rate,
    tasks: null,
    successes: null,
    mean_steps: null,
    in_v2: true,
    in_v3: true,
    fold_v2: 0,
    fold_v3: 0,
    source: "paper-4bench",
  });
  const architectures = ["centralized", "independent", "single"];
  const runs = [
    run("a", "centralized", 0.5),
    run("a", "independent", 0.5),
    run("a", "single", 0.4),
    run("b", "centralized", 0.3),
    run("b", "independent", 0.2),
    run("b", "single", 0.3),
  ];

  test("scores exact best (ties to the first run) and single vs multi (strict >) by hand", () => {
    // a: measured best is centralized (tie with independent goes to the first run); multi wins.
    // b: measured best is centralized (tie with single goes to the first run); multi does not win (0.3 is not > 0.3).
    assert.deepEqual(decisionScores(runs, [0.4, 0.6, 0.45, 0.1, 0.1, 0.2], architectures), { groups: 2, exactBest: 0, singleVsMulti: 2 });
    assert.deepEqual(decisionScores(runs, [0.6, 0.5, 0.45, 0.4, 0.1, 0.2], architectures), { groups: 2, exactBest: 2, singleVsMulti: 1 });
  });

  test("skips groups without every architecture", () => {
    assert.equal(
      decisionScores(
        runs.slice(0, 5),
        runs.slice(0, 5).map((r) => r.success_rate),
        architectures,
      ).groups,
      1,
    );
  });
});

test("a model that knew the true rates would get about 84% of decisions right on re-measurement", () => {
  const v3 = dataset.runs.filter((r) => r.in_v3);
  const ceiling = decisionNoiseCeiling(
    v3,
    dataset,
    dataset.architectures.map((a) => a.architecture),
    200,
  );
  assert.ok(ceiling.mean > 0.78 && ceiling.mean < 0.9, String(ceiling.mean));
  assert.ok(ceiling.p05 < ceiling.mean && ceiling.mean < ceiling.p95);
});
