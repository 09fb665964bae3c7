import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EvidenceRow } from "../architect/evidence-rows";
import { agentCountCheck, clusteredMae, heldOutByGroup, pooledDecisions, pooledNaive, validatePooled, type EvidencePredictor } from "./pooled";

/** A synthetic evidence row: multi-agent success = pilot + a known gain per benchmark. */
function row(study: string, benchmark: string, model: string, architecture: string, baseline: number, successRate: number): EvidenceRow {
  return {
    study,
    kind: "evaluation",
    benchmark,
    model,
    architecture,
    agents: architecture === "single" ? 1 : 3,
    method: architecture,
    tools: 0,
    decomposability: 0,
    capability: null,
    baseline,
    successRate,
    tasks: 100,
    run: null,
  };
}

const gain: Record<string, number> = { a: 0.1, b: -0.1, c: 0.1 };
const rows: EvidenceRow[] = ["a", "b", "c"].flatMap((benchmark, k) =>
  ["m1", "m2"].flatMap((model, j) => {
    const P = 0.3 + 0.1 * j;
    const study = k < 2 ? "s1" : "s2";
    return [row(study, benchmark, model, "single", P, P), row(study, benchmark, model, "centralized", P, P + (gain[benchmark] ?? 0))];
  }),
);

/** Predicts each multi-agent row at its pilot plus the mean gain of the training rows, with SD 0.05. */
const meanGain: EvidencePredictor = (train, test) => {
  const gains = train.filter((r) => r.architecture !== "single").map((r) => r.successRate - r.baseline);
  const g = gains.reduce((s, x) => s + x, 0) / gains.length;
  return test.map((r) => ({ mean: r.architecture === "single" ? r.baseline : r.baseline + g, sd: 0.05 }));
};

describe("the pooled harness", () => {
  test("holds each benchmark out of its own prediction", () => {
    const held = heldOutByGroup(meanGain, rows, "benchmark");
    assert.equal(held.length, rows.length);
    // Holding out a (gain 0.1): training gains are b's -0.1 and c's 0.1, mean 0; so a is predicted at its pilot.
    rows.forEach((r, i) => {
      const h = held[i];
      assert.ok(h !== undefined, `slot ${i} is empty`);
      if (r.benchmark === "a" && r.architecture !== "single") assert.ok(Math.abs(h.mean - r.baseline) < 1e-12);
      if (r.benchmark === "b" && r.architecture !== "single") assert.ok(Math.abs(h.mean - (r.baseline + 0.1)) < 1e-12);
    });
  });

  test("scores MAE with a clustered SE, decisions per cell and coverage per benchmark", () => {
    const v = validatePooled({ key: "architect", predict: meanGain }, rows);
    // Held-out errors on multi rows: a 0.1, b 0.2, c 0.1 (two rows each): MAE 0.8/6.
    assert.ok(Math.abs(v.loboMas.mae - 0.8 / 6) < 1e-12);
    assert.equal(v.loboMas.groups, 3);
    assert.equal(v.decisionsLobo.groups, 6);
    // a and c are predicted at the pilot (no multi call) but multi wins; b is called multi but loses: all six wrong.
    assert.equal(v.decisionsLobo.right, 0);
    assert.deepEqual(
      v.byBenchmark.map((b) => [b.benchmark, b.coverage]),
      [
        ["a", 0],
        ["b", 0],
        ["c", 0],
      ],
    );
    assert.deepEqual(
      v.byStudy.map((s) => s.study),
      ["s1", "s2"],
    );
  });

  test("the naive rule predicts every design at its pilot and has no intervals", () => {
    const v = validatePooled(pooledNaive, rows);
    assert.ok(Math.abs(v.loboMas.mae - 0.1) < 1e-12);
    assert.equal(v.coverageLoboMas, null);
    // "Never multi" is right only on b's two cells, where multi loses.
    assert.equal(
      pooledDecisions(
        rows,
        rows.map((r) => r.baseline),
      ).right,
      2,
    );
  });

  test("the clustered SE grows when groups disagree", () => {
    assert.equal(clusteredMae([0.1, 0.1, 0.1, 0.1], ["a", "a", "b", "b"]).se, 0);
    assert.ok(clusteredMae([0.0, 0.0, 0.2, 0.2], ["a", "a", "b", "b"]).se > 0.09);
  });
  test("the agent-count check compares, on rows at another count, the prediction at the measured count with the rule's", () => {
    const at5 = rows.map((r) => (r.architecture === "single" ? r : { ...r, agents: 5 }));
    // A predictor that knows the truth only when moved to the row's count: the rule must then win, by the full error.
    const predictor: EvidencePredictor = (_train, test) =>
      test.map((r) => ({ mean: r.baseline, sd: 0.05, ...(r.architecture === "single" ? {} : { meanAtRowAgents: r.successRate }) }));
    const v = validatePooled({ key: "architect", predict: predictor }, at5);
    const check = agentCountCheck(at5, v);
    assert.equal(check.rows, 6);
    assert.ok(Math.abs(check.maeIgnoringCount - 0.1) < 1e-12 && check.maeWithRule === 0);
    assert.deepEqual(
      check.byCount.map((c) => [c.architecture, c.agents, c.rows]),
      [["centralized", 5, 6]],
    );
  });
});
