import { sum } from "simple-statistics";
import { Matrix, solve } from "ml-matrix";
import { at } from "./checked";
import { solveSpdShifted } from "./linear";

/** A ridge fit: plain JSON. */
export type RidgeFit = {
  /** Coefficients, one per column of the design (the caller adds any intercept column). */
  coefficients: number[];
  /**
   * Sampling covariance of the coefficients: sigma² (X'X + D)^-1 X'X (X'X + D)^-1, with sigma² the
   * residual variance over the effective degrees of freedom N - trace(hat matrix).
   */
  covariance: number[][];
  /** Residuals y - X b, in row order. */
  residuals: number[];
  /** Residual variance sigma² = RSS / (N - effective parameters). */
  residualVariance: number;
};

/**
 * Ridge regression with a penalty per column: minimizes ||y - X b||² + sum_j penalties[j] b_j².
 * A zero penalty leaves a column (such as the intercept) unpenalized. Solved through ml-matrix.
 *
 * @example fitRidge([[1, 0], [1, 1], [1, 2]], [1, 3, 5], [0, 0]).coefficients // [1, 2] (to 1e-12)
 */
export function fitRidge(rows: readonly (readonly number[])[], y: readonly number[], penalties: readonly number[]): RidgeFit {
  const X = new Matrix(rows.map((row) => [...row]));
  const k = X.columns;
  if (penalties.length !== k) throw new RangeError(`${penalties.length} penalties for ${k} columns`);
  const Y = Matrix.columnVector([...y]);
  const XtX = X.transpose().mmul(X);
  const A = XtX.clone();
  for (let j = 0; j < k; j++) A.set(j, j, A.get(j, j) + at(penalties, j));
  const Ainv = solve(A, Matrix.eye(k));
  const b = Ainv.mmul(X.transpose().mmul(Y));
  const coefficients = b.getColumn(0);
  const fitted = X.mmul(b).getColumn(0);
  const residuals = y.map((v, i) => v - at(fitted, i));
  const hat = Ainv.mmul(XtX);
  const effective = hat.trace();
  const rss = sum(residuals.map((r) => r * r));
  const residualVariance = rss / Math.max(y.length - effective, 1);
  const covariance = hat.mmul(Ainv).mul(residualVariance).to2DArray();
  return { coefficients, covariance, residuals, residualVariance };
}

/** Sufficient statistics of a least-squares problem: X'X and X'y. Sums of blocks add up. */
export type Gram = { xtx: number[][]; xty: number[] };

/** X'X and X'y of a design (rows x k) and response. (Plain indexing: the permutation test runs this hot; every index is in range by construction.) */
export function gramOf(rows: readonly (readonly number[])[], y: readonly number[]): Gram {
  const k = rows[0]?.length ?? 0;
  const xtx = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const xty = new Array<number>(k).fill(0);
  if (rows.length !== y.length) throw new RangeError(`${rows.length} rows for ${y.length} outcomes`);
  rows.forEach((row, r) => {
    if (row.length !== k) throw new RangeError(`row ${r} has ${row.length} columns, not ${k}`);
    const yr = y[r] as number;
    for (let a = 0; a < k; a++) {
      const xa = row[a] as number;
      if (xa === 0) continue;
      xty[a] = (xty[a] as number) + xa * yr;
      const line = xtx[a] as number[];
      for (let b = 0; b < k; b++) line[b] = (line[b] as number) + xa * (row[b] as number);
    }
  });
  return { xtx, xty };
}

/** a - b for Gram statistics (the training set of a leave-one-group-out fold). */
export function subtractGram(a: Gram, b: Gram): Gram {
  return { xtx: a.xtx.map((row, i) => row.map((v, j) => v - at(at(b.xtx, i), j))), xty: a.xty.map((v, i) => v - at(b.xty, i)) };
}

/**
 * Ridge coefficients from Gram statistics: (X'X + diag(penalties))^-1 X'y. The system is symmetric
 * positive definite whenever the unpenalized columns are full rank, so the Cholesky solveSpdShifted (linear.ts) serves (the
 * permutation test refits tens of thousands of times); ml-matrix's LU solve is the fallback when the
 * factorization meets a non-positive pivot.
 *
 * @example ridgeFromGram({ xtx: [[3, 3], [3, 5]], xty: [9, 13] }, [0, 0]) // [1, 2] (to 1e-12)
 */
export function ridgeFromGram(gram: Gram, penalties: readonly number[]): number[] {
  try {
    return solveSpdShifted(gram.xtx, penalties, gram.xty);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return luRidgeFromGram(gram, penalties);
  }
}

function luRidgeFromGram(gram: Gram, penalties: readonly number[]): number[] {
  const A = new Matrix(gram.xtx.map((row, i) => row.map((v, j) => (i === j ? v + at(penalties, i) : v))));
  return solve(A, Matrix.columnVector(gram.xty)).getColumn(0);
}
