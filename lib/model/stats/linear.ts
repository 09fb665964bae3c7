import { at } from "./checked";
/** Small dense linear algebra on plain arrays, safe for the browser bundle (no ml-matrix). */

/** x' M x for a vector x and square matrix M (the variance of a linear prediction). */
export function quadraticForm(x: readonly number[], M: readonly (readonly number[])[]): number {
  let total = 0;
  for (let a = 0; a < x.length; a++) {
    const row = M[a];
    if (row === undefined) continue;
    for (let b = 0; b < x.length; b++) total += at(x, a) * at(row, b) * at(x, b);
  }
  return total;
}

/** Dot product of a coefficient vector with a design row. */
export function dot(a: readonly number[], b: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += at(a, i) * at(b, i);
  return total;
}

/**
 * Solves A X = B for a symmetric positive-definite A (Cholesky), B given as columns' rows (n x m).
 * Throws on a matrix that is not positive definite.
 *
 * @example solveSpd([[4, 2], [2, 3]], [[2], [1]]) // [[0.5], [0]]
 */
export function solveSpd(A: readonly (readonly number[])[], B: readonly (readonly number[])[]): number[][] {
  const n = A.length;
  const L = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = at(at(A, i), j);
      for (let k = 0; k < j; k++) s -= at(at(L, i), k) * at(at(L, j), k);
      if (i === j) {
        if (!(s > 0)) throw new RangeError("matrix is not positive definite");
        at(L, i)[i] = Math.sqrt(s);
      } else at(L, i)[j] = s / at(at(L, j), j);
    }
  }
  const m = at(B, 0).length;
  const X = Array.from({ length: n }, () => new Array<number>(m).fill(0));
  for (let c = 0; c < m; c++) {
    const z = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let s = at(at(B, i), c);
      for (let k = 0; k < i; k++) s -= at(at(L, i), k) * at(z, k);
      z[i] = s / at(at(L, i), i);
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = at(z, i);
      for (let k = i + 1; k < n; k++) s -= at(at(L, k), i) * at(at(X, k), c);
      at(X, i)[c] = s / at(at(L, i), i);
    }
  }
  return X;
}
