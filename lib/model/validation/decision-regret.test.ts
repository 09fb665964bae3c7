import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset } from "../../data/load";
import { parameter } from "../../scenario/parameters";
import { designCost } from "../cost/design-cost";
import type { ModelPrice } from "../cost/prices";
import { DECISION_COST_INPUTS, REFERENCE_PRICE_MODEL, scoreDecisions, type DecisionGroup } from "./decision-regret";

const close = (a: number, b: number, what: string, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol, `${what}: ${a} vs ${b}`);

/** Two designs: the single agent (1 turn's worth) and a hybrid costing five times as much per task. */
const architectures = { single: { architecture: "single", turnRatio: 1, agents: 1 }, hybrid: { architecture: "hybrid", turnRatio: 5, agents: 4 } };
const price: ModelPrice = { input: 1, output: 10, cached: 0.1, date: "2026-01-01", source: "test" };
const prices: Record<string, ModelPrice> = { m: price, [REFERENCE_PRICE_MODEL]: price };
const cost = (architecture: "single" | "hybrid", success: number) =>
  designCost(architectures[architecture], architectures[architecture].agents, success, { ...DECISION_COST_INPUTS, price }).costUsd;

/** A group whose predictions are exact (tiny variance): predicted = measured. */
function exact(fold: string, single: number, hybrid: number, model = "m"): DecisionGroup {
  return {
    fold,
    model,
    designs: [
      { architecture: "single", agents: 1, measured: single },
      { architecture: "hybrid", agents: 4, measured: hybrid },
    ],
    component: [0, 1],
    joint: {
      mean: [single, hybrid],
      cov: [
        [1e-8, 0],
        [0, 1e-8],
      ],
    },
    success: [single, hybrid],
    alwaysMulti: 1,
  };
}

describe("the decision harness on groups whose answer is known", () => {
  const groups = [exact("a", 0.4, 0.6), exact("b", 0.5, 0.45), exact("c", 0.3, 0.32, "unpriced")];
  const score = scoreDecisions(groups, prices, "listed", architectures);

  test("listed prices score only the priced groups; the reference price scores them all", () => {
    assert.deepEqual(score.coverage, { groups: 3, scored: 2, folds: 2 });
    assert.equal(scoreDecisions(groups, prices, "reference", architectures).coverage.scored, 3);
  });

  test("with exact predictions the value rule gives up nothing at any value of a solved task", () => {
    for (const v of ["0.1", "1", "10"] as const) close(score.value.regret[v], 0, `regret at $${v}`);
  });

  test("the constant rules' regret and points are the hand-computed ones", () => {
    // Group a: hybrid +20 points at 5x the single agent's cost; group b: hybrid −5 points.
    const dc = (s: number, h: number) => cost("hybrid", h) - cost("single", s);
    const regretSingle = (V: number) => (Math.max(0, V * 0.2 - dc(0.4, 0.6)) + 0) / 2;
    const regretMulti = (V: number) => (Math.max(0, dc(0.4, 0.6) - V * 0.2) + (V * 0.05 + dc(0.5, 0.45))) / 2;
    for (const V of [0.1, 1, 10]) {
      close(score.alwaysSingle.regret[String(V) as "1"], regretSingle(V), `always single at $${V}`);
      close(score.alwaysMulti.regret[String(V) as "1"], regretMulti(V), `always multi at $${V}`);
    }
    close(score.alwaysSingle.pointsLost, (20 + 0) / 2, "always single's points");
    close(score.alwaysMulti.pointsLost, (0 + 5) / 2, "always multi's points");
    assert.deepEqual([score.alwaysSingle.callsRight, score.alwaysMulti.callsRight, score.old.callsRight], [1, 1, 2]);
    // The old rule calls the higher prediction: right on both sides, no points lost, but the cost of hybrid at a small V.
    close(score.old.pointsLost, 0, "old rule's points");
    close(score.old.regret["0.1"], Math.max(0, dc(0.4, 0.6) - 0.1 * 0.2) / 2, "old rule at $0.10");
  });

  test("without a value, exact predictions are sure: the confidence rule makes the old rule's calls", () => {
    assert.equal(score.confidence.multiCalls, 1);
    assert.equal(score.confidence.callsRight, 2);
  });

  test("the value rule's paired difference is its regret minus the other's", () => {
    close(score.valueVersus.alwaysSingle["10"].difference, score.value.regret["10"] - score.alwaysSingle.regret["10"], "paired difference");
  });

  test("designs the prediction cannot tell apart share a call, and its figures average over them", () => {
    // Two measured hybrid variants (one component, one cost), 0.6 and 0.5: "always multi" averages 0 and 10 points lost.
    const twin: DecisionGroup = {
      ...exact("d", 0.4, 0.55),
      designs: [
        { architecture: "single", agents: 1, measured: 0.4 },
        { architecture: "hybrid", agents: 4, measured: 0.6 },
        { architecture: "hybrid", agents: 4, measured: 0.5 },
      ],
      component: [0, 1, 1],
      joint: {
        mean: [0.4, 0.55, 0.55],
        cov: [
          [1e-8, 0, 0],
          [0, 1e-8, 1e-8],
          [0, 1e-8, 1e-8],
        ],
      },
      success: [0.4, 0.55, 0.55],
    };
    close(scoreDecisions([twin], prices, "listed", architectures).alwaysMulti.pointsLost, 5, "averaged over the twins");
  });
});

test("the harness's cost inputs and reference model are the calculator's defaults", () => {
  assert.equal(DECISION_COST_INPUTS.singleAgentTurns, parameter("sasTurns").default);
  assert.equal(DECISION_COST_INPUTS.inputTokensPerTurn, parameter("inputTokensPerTurn").default);
  assert.equal(DECISION_COST_INPUTS.outputTokensPerTurn, parameter("outputTokensPerTurn").default);
  assert.equal(DECISION_COST_INPUTS.cacheHitRate, parameter("cacheHitRate").default);
  assert.equal(DECISION_COST_INPUTS.secondsPerTurn, parameter("secondsPerTurn").default);
  assert.equal(REFERENCE_PRICE_MODEL, parameter("model").default);
  assert.ok(loadDataset().models.some((m) => m.model === REFERENCE_PRICE_MODEL));
});
