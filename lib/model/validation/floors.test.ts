import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EvidenceRow } from "../architect/evidence-rows";
import { benchmarkKnownPredictions, pooledFloors } from "./floors";

const row = (over: Partial<EvidenceRow>): EvidenceRow => ({
  study: "s",
  kind: "evaluation",
  benchmark: "b",
  model: "m",
  architecture: "centralized",
  agents: 3,
  method: "centralized",
  tools: 2,
  decomposability: 0.5,
  capability: null,
  baseline: 0.4,
  successRate: 0.5,
  tasks: 100,
  run: null,
  ...over,
});

describe("the floors", () => {
  test("benchmark known: the pilot plus the other cells' mean gain (fewer than three cells), never the row's own", () => {
    const rows = [
      row({ model: "a", architecture: "single", successRate: 0.4 }),
      row({ model: "a", baseline: 0.4, successRate: 0.9 }),
      row({ model: "b", baseline: 0.2, successRate: 0.3 }),
      row({ model: "c", baseline: 0.5, successRate: 0.4 }),
      row({ model: "d", benchmark: "other", baseline: 0.5, successRate: 0.4 }),
    ];
    const p = benchmarkKnownPredictions(rows);
    assert.equal(p[0], 0.4, "a single-agent row is its own pilot");
    // Row 1's others on b: gains +0.1 and -0.1 -> mean 0; its own +0.5 is never used.
    assert.ok(Math.abs((p[1] ?? Number.NaN) - 0.4) < 1e-12);
    assert.equal(p[4], null, "no other cell ran the architecture on that benchmark");
  });

  test("benchmark known: with three or more other cells the gain follows its line in the pilot", () => {
    const rows = [0.2, 0.4, 0.6].map((P, i) => row({ model: `m${i}`, baseline: P, successRate: P + (0.3 - 0.5 * P) }));
    const target = row({ model: "new", baseline: 0.8, successRate: 0.5 });
    const p = benchmarkKnownPredictions([...rows, target]);
    // gain = 0.3 - 0.5 P exactly, so at P = 0.8: 0.8 + (-0.1) = 0.7.
    assert.ok(Math.abs((p[3] ?? Number.NaN) - 0.7) < 1e-12);
  });

  test("sampling floor: E|binomial noise| over rows with a task count", () => {
    const rows = [row({ successRate: 0.5, tasks: 100 }), row({ model: "x", successRate: 0.5, tasks: null })];
    const f = pooledFloors([
      ...rows,
      row({ benchmark: "c", model: "y" }),
      row({ benchmark: "c", model: "z", baseline: 0.3, successRate: 0.2 }),
      row({ benchmark: "d", model: "q", baseline: 0.6, successRate: 0.7 }),
    ]).sampling;
    const e = (p: number) => Math.sqrt(2 / Math.PI) * Math.sqrt((p * (1 - p)) / 100);
    assert.ok(Math.abs(f.mae - (e(0.5) + e(0.5) + e(0.2) + e(0.7)) / 4) < 1e-12);
    assert.equal(f.rows, 4, "the row without a task count is left out");
  });
});
