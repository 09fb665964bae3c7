import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { solveSpd, solveSpdShifted } from "./linear";
import { ridgeFromGram } from "./ridge";
import { fuzzSettings } from "../../fuzz-settings";
import { Matrix, solve } from "ml-matrix";

/** A symmetric positive-definite matrix M M' + n I from any entries of M (n x n). */
const spd = (n: number) =>
  fc
    .array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: n * n, maxLength: n * n })
    .map((m) =>
      Array.from({ length: n }, (_, i) =>
        Array.from(
          { length: n },
          (_, j) => (i === j ? n : 0) + Array.from({ length: n }, (_, k) => (m[i * n + k] as number) * (m[j * n + k] as number)).reduce((a, b) => a + b, 0),
        ),
      ),
    );

test("solveSpdShifted(A, shift, b) is exactly solveSpd(A + diag(shift), b): the same floating-point operations in the same order", () => {
  fc.assert(
    fc.property(
      fc
        .integer({ min: 1, max: 8 })
        .chain((n) =>
          fc.tuple(
            spd(n),
            fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
            fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
          ),
        ),
      ([A, shift, b]) => {
        const shifted = A.map((row, i) => row.map((v, j) => (i === j ? v + (shift[i] as number) : v)));
        assert.deepEqual(
          solveSpdShifted(A, shift, b),
          solveSpd(
            shifted,
            b.map((v) => [v]),
          ).map((row) => row[0]),
        );
        // and it solves the system, as ml-matrix's LU does
        const lu = solve(new Matrix(shifted), Matrix.columnVector(b)).getColumn(0);
        solveSpdShifted(A, shift, b).forEach((x, i) =>
          assert.ok(Math.abs(x - (lu[i] as number)) <= 1e-8 * (1 + Math.abs(lu[i] as number)), `${x} vs ${lu[i]}`),
        );
      },
    ),
    fuzzSettings(200),
  );
});

test("a matrix that is not positive definite is refused by both, and ridgeFromGram falls back to LU", () => {
  assert.throws(
    () =>
      solveSpd(
        [
          [1, 2],
          [2, 1],
        ],
        [[1], [1]],
      ),
    RangeError,
  );
  assert.throws(
    () =>
      solveSpdShifted(
        [
          [1, 2],
          [2, 1],
        ],
        [0, 0],
        [1, 1],
      ),
    RangeError,
  );
  // [[1, 2], [2, 1]] is invertible but indefinite: x = [1/3, 1/3] solves it.
  const lu = ridgeFromGram(
    {
      xtx: [
        [1, 2],
        [2, 1],
      ],
      xty: [1, 1],
    },
    [0, 0],
  );
  assert.equal(lu.length, 2);
  lu.forEach((x) => assert.ok(Math.abs(x - 1 / 3) < 1e-12));
  assert.throws(() => solveSpdShifted([[1]], [0, 0], [1]), /right-hand values/);
});

test("the positive-definiteness check reads the shifted diagonal: a shift that makes the pivot positive is accepted, as solveSpd accepts the shifted matrix", () => {
  // -1e6 alone fails the pivot check; shifted by 1e6 + 1e-3 it is 1e-3 (rounded), well above 1e-12 of itself.
  assert.throws(() => solveSpdShifted([[-1e6]], [0], [1]), RangeError);
  assert.deepEqual(
    solveSpdShifted([[-1e6]], [1e6 + 1e-3], [1]),
    solveSpd([[-1e6 + (1e6 + 1e-3)]], [[1]]).map((row) => row[0]),
  );
  // a pivot that is positive but below 1e-12 of the shifted diagonal is refused by both
  assert.throws(
    () =>
      solveSpdShifted(
        [
          [1, 1],
          [1, 1 + 1e-14],
        ],
        [0, 0],
        [1, 1],
      ),
    RangeError,
  );
  assert.throws(
    () =>
      solveSpd(
        [
          [1, 1],
          [1, 1 + 1e-14],
        ],
        [[1], [1]],
      ),
    RangeError,
  );
});
