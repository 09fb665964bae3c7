import { Matrix, SingularValueDecomposition } from "ml-matrix";
import { at } from "./checked";

/**
 * Singular values below RELATIVE_TOLERANCE x the largest are treated as zero. The paper's design has
 * three exactly dependent column combinations whose singular values come out near 1e-15 x the largest;
 * every genuine one is above 1e-3 x the largest, so any cut between is equivalent. 1e-9 sits far from both.
 */
export const RELATIVE_TOLERANCE = 1e-9;

/** Minimum-norm least-squares solution of X b = y with what the data can and cannot pin down. */
export type LeastSquaresSolution = {
  /** b = pinv(X) y: the minimum-norm solution, one entry per column of X. */
  coefficients: number[];
  /** Numerical rank of X. */
  rank: number;
  /** Singular values of X, largest first. */
  singularValues: number[];
  /**
   * Whether each coefficient is identified: the unit vector of its column lies in the row space of X,
   * so every least-squares solution agrees on it. Non-identified ones depend on the solver alone.
   */
  identified: boolean[];
  /** Diagonal of pinv(X'X): times the residual variance, the sampling variance of each coefficient. */
  varianceFactors: number[];
  /** pinv(X'X) in full (k x k): x' M x times the residual variance is the variance of the fit at x. */
  covarianceFactors: number[][];
  /** Residual sum of squares at the solution. */
  rss: number;
};

/**
 * Solves min ||X b - y|| with the smallest ||b|| (the pseudo-inverse solution) through ml-matrix's SVD.
 * `rows` is N x k (N >= k); `y` has N entries.
 *
 * @example leastSquares([[1, 0], [1, 1], [1, 2]], [1, 3, 5]).coefficients // [1, 2] (to 1e-12)
 */
export function leastSquares(rows: readonly (readonly number[])[], y: readonly number[]): LeastSquaresSolution {
  if (rows.length !== y.length) throw new RangeError(`X has ${rows.length} rows but y has ${y.length}`);
  const X = new Matrix(rows.map((row) => [...row]));
  const svd = new SingularValueDecomposition(X, { autoTranspose: true });
  const s = svd.diagonal;
  const U = svd.leftSingularVectors;
  const V = svd.rightSingularVectors;
  const k = X.columns;
  const cutoff = at(s, 0) * RELATIVE_TOLERANCE;
  const kept = s.map((value, i) => ({ value, i })).filter(({ value }) => value > cutoff);

  const coefficients = new Array<number>(k).fill(0);
  const varianceFactors = new Array<number>(k).fill(0);
  const rangeWeight = new Array<number>(k).fill(0);
  for (const { value, i } of kept) {
    let uy = 0;
    for (let r = 0; r < y.length; r++) uy += U.get(r, i) * at(y, r);
    for (let j = 0; j < k; j++) {
      const v = V.get(j, i);
      coefficients[j] = at(coefficients, j) + (v * uy) / value;
      varianceFactors[j] = at(varianceFactors, j) + (v * v) / (value * value);
      rangeWeight[j] = at(rangeWeight, j) + v * v;
    }
  }
  const covarianceFactors = Array.from({ length: k }, (_, a) =>
    Array.from({ length: k }, (_, b) => kept.reduce((sum, { value, i }) => sum + (V.get(a, i) * V.get(b, i)) / (value * value), 0)),
  );
  let rss = 0;
  rows.forEach((row, r) => {
    const fitted = row.reduce((sum, x, j) => sum + x * at(coefficients, j), 0);
    rss += (at(y, r) - fitted) ** 2;
  });
  return {
    coefficients,
    rank: kept.length,
    singularValues: s,
    // Row-space weight of e_j is 1 when e_j lies in the row space, below 1 when it leaks into the null space.
    identified: rangeWeight.map((w) => w > 1 - 1e-8),
    varianceFactors,
    covarianceFactors,
    rss,
  };
}
