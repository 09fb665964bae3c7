import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { leastSquares } from "./least-squares";
import { seededRandom } from "./random";

describe("leastSquares", () => {
  test("solves a hand-computed line fit: y = 1 + 2x through (0,1), (1,3), (2,5)", () => {
    const solution = leastSquares(
      [
        [1, 0],
        [1, 1],
        [1, 2],
      ],
      [1, 3, 5],
    );
    assert.ok(Math.abs((solution.coefficients[0] ?? 0) - 1) < 1e-12);
    assert.ok(Math.abs((solution.coefficients[1] ?? 0) - 2) < 1e-12);
    assert.equal(solution.rank, 2);
    assert.ok(solution.rss < 1e-20);
  });

  test("gives the hand-computed least-squares fit of inconsistent data: (0,0), (1,1), (2,1) -> 1/6 + x/2", () => {
    const { coefficients, rss, varianceFactors } = leastSquares(
      [
        [1, 0],
        [1, 1],
        [1, 2],
      ],
      [0, 1, 1],
    );
    assert.ok(Math.abs((coefficients[0] ?? 0) - 1 / 6) < 1e-12);
    assert.ok(Math.abs((coefficients[1] ?? 0) - 0.5) < 1e-12);
    assert.ok(Math.abs(rss - 1 / 6) < 1e-12);
    // (X'X)^-1 = [[5, -3], [-3, 3]] / 6
    assert.ok(Math.abs((varianceFactors[0] ?? 0) - 5 / 6) < 1e-12);
    assert.ok(Math.abs((varianceFactors[1] ?? 0) - 0.5) < 1e-12);
  });

  test("recovers known coefficients of a full-rank synthetic design within 1e-9", () => {
    const random = seededRandom(7);
    const truth = Array.from({ length: 12 }, () => random() * 4 - 2);
    const rows = Array.from({ length: 200 }, () => [1, ...Array.from({ length: 11 }, () => random() * 10 - 5)]);
    const y = rows.map((row) => row.reduce((sum, x, j) => sum + x * (truth[j] ?? 0), 0));
    const solution = leastSquares(rows, y);
    assert.equal(solution.rank, 12);
    assert.equal(solution.coefficients.length, 12);
    solution.coefficients.forEach((b, j) => assert.ok(Math.abs(b - (truth[j] ?? 0)) < 1e-9, `coefficient ${j}: ${b} vs ${truth[j]}`));
    assert.deepEqual(solution.identified, new Array<boolean>(12).fill(true));
  });

  test("returns the minimum-norm solution of a rank-deficient design and marks what it cannot identify", () => {
    // Column 3 duplicates column 2: any split of their joint effect fits; the minimum-norm one halves it.
    const solution = leastSquares(
      [
        [1, 0, 0],
        [1, 1, 1],
        [1, 2, 2],
        [1, 3, 3],
      ],
      [1, 3, 5, 7],
    );
    assert.equal(solution.rank, 2);
    assert.ok(Math.abs((solution.coefficients[0] ?? 0) - 1) < 1e-12);
    assert.ok(Math.abs((solution.coefficients[1] ?? 0) - 1) < 1e-12);
    assert.ok(Math.abs((solution.coefficients[2] ?? 0) - 1) < 1e-12);
    assert.deepEqual(solution.identified, [true, false, false]);
  });

  test("rejects mismatched X and y", () => {
    assert.throws(() => leastSquares([[1], [2]], [1]), /2 rows but y has 1/);
  });
});
