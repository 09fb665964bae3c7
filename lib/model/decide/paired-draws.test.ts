import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { seededRandom } from "../stats/random";
import { choleskyFactor } from "../stats/linear";
import { drawJointNormal, drawPairedPilot, drawPilot, pairedCells, secondGivenFirst } from "./paired-draws";

const close = (a: number, b: number, tol: number, what: string) => assert.ok(Math.abs(a - b) <= tol, `${what}: ${a} vs ${b} (tolerance ${tol})`);

/** Marginals and phi of paired 0/1 outcomes. */
function moments(pairs: readonly (readonly [number, number])[]) {
  const n = pairs.length;
  const p1 = pairs.reduce((s, [x]) => s + x, 0) / n;
  const p2 = pairs.reduce((s, [, y]) => s + y, 0) / n;
  const both = pairs.reduce((s, [x, y]) => s + x * y, 0) / n;
  return { p1, p2, phi: (both - p1 * p2) / Math.sqrt(p1 * (1 - p1) * p2 * (1 - p2)) };
}

describe("correlated pairs of task outcomes", () => {
  test("the cells keep both marginals exactly and carry phi where the rates allow it", () => {
    for (const [p1, p2] of [
      [0.4, 0.55],
      [0.1, 0.7],
      [0.05, 0.05],
      [0.95, 0.6],
    ] as const) {
      const c = pairedCells(p1, p2, 0.567);
      close(c.both + c.firstOnly, p1, 1e-12, "first marginal");
      close(c.both + c.secondOnly, p2, 1e-12, "second marginal");
      close(c.both + c.firstOnly + c.secondOnly + c.neither, 1, 1e-12, "cells sum to 1");
      assert.ok(Math.min(c.both, c.firstOnly, c.secondOnly, c.neither) >= -1e-15, "no negative cell");
    }
    // 0.4 and 0.55 allow phi = 0.567: P(both) = 0.22 + 0.567·sqrt(0.24·0.2475).
    close(pairedCells(0.4, 0.55, 0.567).both, 0.22 + 0.567 * Math.sqrt(0.24 * 0.2475), 1e-12, "unclipped");
    // 0.9 and 0.1 allow phi ≤ 1/9: P(both) is clipped to min(p1, p2) = 0.1.
    close(pairedCells(0.9, 0.1, 0.567).both, 0.1, 1e-12, "clipped to the feasible range");
    assert.deepEqual(pairedCells(0, 0.3, 0.567), { both: 0, firstOnly: 0, secondOnly: 0.3, neither: 0.7 });
  });

  test("many seeded draws recover the marginals and phi (drawPairedPilot, one task at a time)", () => {
    const random = seededRandom(7);
    const pairs = Array.from({ length: 100_000 }, () => {
      const { first, second } = drawPairedPilot(random, 0.4, 0.55, 0.567, 1);
      return [first, second] as const;
    });
    const m = moments(pairs);
    close(m.p1, 0.4, 0.006, "first rate");
    close(m.p2, 0.55, 0.006, "second rate");
    close(m.phi, 0.567, 0.012, "phi");
  });

  test("drawing the second design given the first's outcomes (secondGivenFirst) gives the same joint law", () => {
    const random = seededRandom(11);
    const c = secondGivenFirst(0.3, 0.45, 0.567);
    const pairs = Array.from({ length: 100_000 }, () => {
      const x = random() < 0.3 ? 1 : 0;
      return [x, random() < (x === 1 ? c.givenSolved : c.givenFailed) ? 1 : 0] as const;
    });
    const m = moments(pairs);
    close(m.p1, 0.3, 0.006, "first rate");
    close(m.p2, 0.45, 0.006, "second rate");
    close(m.phi, 0.567, 0.012, "phi");
  });

  test("a pilot's count is binomial: mean k·p and variance k·p·q over many pilots", () => {
    const random = seededRandom(3);
    const counts = Array.from({ length: 20_000 }, () => drawPilot(random, 0.35, 30));
    const mean = counts.reduce((s, x) => s + x, 0) / counts.length;
    const variance = counts.reduce((s, x) => s + (x - mean) ** 2, 0) / counts.length;
    close(mean, 10.5, 0.06, "mean");
    close(variance, 30 * 0.35 * 0.65, 0.15, "variance");
  });
});

describe("joint normal draws", () => {
  test("the Cholesky factor reproduces the covariance, and a singular one gets a zero column", () => {
    const cov = [
      [0.04, 0.02, 0.01],
      [0.02, 0.05, 0.015],
      [0.01, 0.015, 0.03],
    ];
    const L = choleskyFactor(cov);
    cov.forEach((row, i) =>
      row.forEach((v, j) =>
        close(
          L[i]!.reduce((s, x, k) => s + x * L[j]![k]!, 0),
          v,
          1e-12,
          `cov[${i}][${j}]`,
        ),
      ),
    );
    assert.deepEqual(
      choleskyFactor([
        [1, 1],
        [1, 1],
      ]),
      [
        [1, 0],
        [1, 0],
      ],
    );
  });

  test("seeded draws recover the mean and covariance", () => {
    const mean = [0.4, 0.5];
    const cov = [
      [0.04, 0.03],
      [0.03, 0.05],
    ];
    const L = choleskyFactor(cov);
    const random = seededRandom(5);
    const draws = Array.from({ length: 50_000 }, () => drawJointNormal(random, mean, L, [0, 0]));
    const m = [0, 1].map((i) => draws.reduce((s, d) => s + d[i]!, 0) / draws.length);
    m.forEach((v, i) => close(v, mean[i]!, 0.003, `mean ${i}`));
    const c01 = draws.reduce((s, d) => s + (d[0]! - m[0]!) * (d[1]! - m[1]!), 0) / draws.length;
    close(c01, 0.03, 0.0015, "covariance");
  });
});
