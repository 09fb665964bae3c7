import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EvidenceValidation, PooledValidation } from "../model/validation/pooled";
import type { TrustFigures } from "../model/validation/trust";
import type { HarnessScore } from "../model/validation/decision-regret";
import { pooledBenchmarkRows } from "./pooled-rows";
import { comparedError, points, trustBox } from "./trust-box";

const mae = (value: number, se: number, groups: number) => ({ mae: value, se, rows: 10 * groups, groups });
/** One rule's decision figures: regret r at $0.10, 10r at $1 and 100r at $10. */
const rule = (r: number, multiCalls = 0) => ({
  callsRight: 30,
  groups: 52,
  multiCalls,
  pointsLost: 5,
  pointsLostSe: 1,
  regret: { "0.1": r, "1": 10 * r, "10": 100 * r },
  regretSe: { "0.1": r / 2, "1": 5 * r, "10": 50 * r },
});
const harness = (value: number, multiCalls: number) =>
  ({
    value: rule(value),
    confidence: rule(0.006, multiCalls),
    old: rule(0.014),
    alwaysSingle: rule(0.006),
    alwaysMulti: rule(0.02),
  }) as unknown as HarnessScore;
const figures: TrustFigures = {
  decisions: { kimLoboPilot: harness(0.0037, 3), kimLoboNoPilot: harness(0.0042, 0), loso: harness(0.005, 0) },
  pooled: {
    architect: mae(0.11, 0.019, 23),
    naive: mae(0.107, 0.024, 23),
    pilotTasks: { architect: 13, naive: 14 },
    calls: { groups: 102, architect: 76, architectNoPilot: null, naive: 24, alwaysMulti: 78 },
  },
  kim: {
    architect: mae(0.1595, 0.03, 6),
    naive: mae(0.163, 0.04, 6),
    pilotTasks: { architect: 7, naive: 6 },
    calls: { groups: 52, architect: 41, architectNoPilot: 28, naive: 22, alwaysMulti: 30 },
  },
  pilot: { success: 0.4, tasks: 14 },
};

describe("the trust box", () => {
  const items = trustBox(figures);
  const text = (key: string) => items.find((i) => i.key === key)?.text ?? "";

  test("opens with the typical error, then the call, then the pilot", () => {
    assert.deepEqual(
      items.map((i) => i.key),
      ["error", "calls", "pilot"],
    );
  });

  test("states every error in percentage points beside the naive rule's", () => {
    assert.equal(points(0.1099), "11.0");
    assert.equal(items[0]?.title, "Typical error on a task unlike the stored ones: 11.0 points.");
    for (const figure of [
      "off by 11.0 percentage points",
      "standard error 1.9",
      "23 held-out benchmarks",
      "(10.7, standard error 2.4)",
      "off by 16.0 points",
      "naive rule's 16.3",
    ]) {
      assert.ok(text("error").includes(figure), `"${figure}" in: ${text("error")}`);
    }
    assert.ok(text("error").includes("about as far off as the naive rule"));
  });

  test("scores the recommendations by regret, labels with and without a pilot, and says when always multi-agent calls as well", () => {
    assert.equal(
      items[1]?.title,
      "Recommendations held out, by what they would have cost: with a single-agent pilot and a solved task worth $1, the rule gave up $0.037 per task, always one agent $0.060.",
    );
    const calls = text("calls");
    for (const figure of [
      "$0.037 (standard error $0.019) and $0.370 ($0.185)",
      "always a single agent $0.060 and $0.600",
      "always multi-agent $0.200 and $2.000",
      "the old rule (the highest predicted success) $0.140 and $1.400",
      "in 3 of 52 groups with a pilot and 0 without",
    ]) {
      assert.ok(calls.includes(figure), `"${figure}" in: ${calls}`);
    }
    assert.ok(
      calls.includes(
        "the old rule's call was right in 79% with a pilot and 54% without, never building multi-agent in 42%, always in 58%; across every study's 102 cells (with a pilot), 75%, 24% and 76%.",
      ),
      calls,
    );
    assert.ok(calls.includes(" Across studies, that call is no better than always building multi-agent."), calls);
    assert.ok(!calls.includes("On Kim et al.'s benchmarks, that call is no better"), calls);
    assert.ok(calls.endsWith("the rule with a value gave up $0.050 at $1 against always one agent's $0.060."), calls);
  });

  test("names the pilot size that beats every error it quotes", () => {
    assert.equal(items[2]?.title, "A pilot of about 14 tasks measures a design better than any prediction here.");
    assert.ok(
      text("pilot").includes(
        "below the model's 11.0 points from 13 tasks (7 against its 16.0 on Kim et al.'s benchmarks), and below every error above from 14.",
      ),
      text("pilot"),
    );
  });

  test("compares errors by their standard errors, by sign when they differ clearly", () => {
    assert.equal(comparedError({ mae: 0.08, se: 0.01 }, { mae: 0.12, se: 0.01 }), "closer than");
    assert.equal(comparedError({ mae: 0.16, se: 0.01 }, { mae: 0.12, se: 0.01 }), "farther off than");
    assert.equal(comparedError({ mae: 0.12, se: Number.NaN }, { mae: 0.1, se: Number.NaN }), "farther off than");
  });
});

describe("the pooled table by held-out benchmark", () => {
  test("flags a benchmark with at least 10 multi-agent rows and under 75% coverage, and no other", () => {
    const by = (b: string, rows: number, coverage: number | null) => ({ benchmark: b, rows, mae: 0.1, coverage });
    const model = (byBenchmark: PooledValidation["byBenchmark"]) => ({ byBenchmark }) as unknown as PooledValidation;
    const v = {
      naive: model([by("a", 36, null), by("b", 9, null), by("c", 20, null)]),
      architect: model([by("a", 36, 0.556), by("b", 9, 0.5), by("c", 20, 0.75)]),
    } as unknown as EvidenceValidation;
    const rows = pooledBenchmarkRows(v).rows;
    assert.deepEqual(
      rows.map((r) => [r.label, r.flagged, r.cells[3]]),
      [
        ["a", true, "55.6% (low)"],
        ["b", false, "50.0%"],
        ["c", false, "75.0%"],
      ],
    );
  });
});
