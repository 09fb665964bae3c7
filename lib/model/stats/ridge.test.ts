import assert from "node:assert/strict";
import { test } from "node:test";
import { quadraticForm } from "./linear";
import { fitRidge } from "./ridge";

const close = (a: number, b: number, tolerance = 1e-10) => assert.ok(Math.abs(a - b) <= tolerance, `${a} vs ${b}`);

test("with zero penalties ridge is least squares (hand-computed line 1/6 + x/2)", () => {
  const fit = fitRidge(
    [
      [1, 0],
      [1, 1],
      [1, 2],
    ],
    [0, 1, 1],
    [0, 0],
  );
  close(fit.coefficients[0] ?? 0, 1 / 6);
  close(fit.coefficients[1] ?? 0, 0.5);
  // RSS 1/6 over N - 2 = 1 degree of freedom; Var(slope) = sigma² / Sxx = (1/6) / 2
  close(fit.residualVariance, 1 / 6);
  close(fit.covariance[1]?.[1] ?? 0, 1 / 12);
});

test("a penalty shrinks a coefficient by the hand-computed factor", () => {
  // One centred column x = [-1, 0, 1], y = [-1, 0, 1]: b = Sxy / (Sxx + lambda) = 2 / (2 + 2) = 0.5
  const fit = fitRidge([[-1], [0], [1]], [-1, 0, 1], [2]);
  close(fit.coefficients[0] ?? 0, 0.5);
});

test("rejects a penalty list that does not match the columns", () => {
  assert.throws(() => fitRidge([[1, 2]], [1], [0]), /1 penalties for 2 columns/);
});

test("quadraticForm computes x' M x", () => {
  close(
    quadraticForm(
      [1, 2],
      [
        [2, 1],
        [1, 3],
      ],
    ),
    2 + 2 + 2 + 12,
  );
});
