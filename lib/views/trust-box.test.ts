import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EvidenceValidation, PooledValidation } from "../model/validation/pooled";
import type { TrustFigures } from "../model/validation/trust";
import { pooledBenchmarkRows } from "./pooled-rows";
import { comparedError, points, trustBox } from "./trust-box";

const mae = (value: number, se: number, groups: number) => ({ mae: value, se, rows: 10 * groups, groups });
const figures: TrustFigures = {
  pooled: { architect: mae(0.11, 0.019, 23), naive: mae(0.107, 0.024, 23), pilotTasks: { architect: 13, naive: 14 }, calls: { groups: 102, architect: 76, naive: 24, alwaysMulti: 78 } },
  kim: { architect: mae(0.1595, 0.03, 6), naive: mae(0.163, 0.04, 6), pilotTasks: { architect: 7, naive: 6 }, calls: { groups: 52, architect: 41, naive: 22, alwaysMulti: 30 } },
  pilot: { success: 0.4, tasks: 14 },
};

describe("the trust box", () => {
  const items = trustBox(figures);
  const text = (key: string) => items.find((i) => i.key === key)?.text ?? "";

  test("opens with the typical error, then the call, then the pilot", () => {
    assert.deepEqual(items.map((i) => i.key), ["error", "calls", "pilot"]);
  });

  test("states every error in percentage points beside the naive rule's", () => {
    assert.equal(points(0.1099), "11.0");
    assert.equal(items[0]?.title, "Typical error on a task unlike the stored ones: 11.0 points.");
    for (const figure of ["off by 11.0 percentage points", "standard error 1.9", "23 held-out benchmarks", "(10.7, standard error 2.4)", "off by 16.0 points", "naive rule's 16.3"]) {
      assert.ok(text("error").includes(figure), `"${figure}" in: ${text("error")}`);
    }
    assert.ok(text("error").includes("about as far off as the naive rule"));
  });

  test("says so when always building multi-agent calls at least as well as the model", () => {
    assert.equal(items[1]?.title, "Single agent or multi-agent: the call was right in 79% of held-out cases on Kim et al.'s benchmarks, 75% across studies.");
    const calls = text("calls");
    assert.ok(calls.includes("52 (benchmark, model) groups, the naive rule (never multi-agent) was right in 42% and always building multi-agent in 58%;"), calls);
    assert.ok(calls.includes("102 (study, benchmark, model) cells, in 24% and 76%."), calls);
    assert.ok(calls.endsWith(" Across studies, the model's call is no better than always building multi-agent."), calls);
    assert.ok(!calls.includes("On Kim et al.'s benchmarks, the model's call is no better"), calls);
  });

  test("names the pilot size that beats every error it quotes", () => {
    assert.equal(items[2]?.title, "A pilot of about 14 tasks measures a design better than any prediction here.");
    assert.ok(text("pilot").includes("below the model's 11.0 points from 13 tasks (7 against its 16.0 on Kim et al.'s benchmarks), and below every error above from 14."), text("pilot"));
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
    assert.deepEqual(rows.map((r) => [r.label, r.flagged, r.cells[3]]), [["a", true, "55.6% (low)"], ["b", false, "50.0%"], ["c", false, "75.0%"]]);
  });
});
