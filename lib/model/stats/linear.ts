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
 * Solves A X = B for a symmetric positive-definite A by Cholesky, B given as rows (n x m). Throws a
 * RangeError when a pivot is not positive relative to its diagonal (A not positive definite). Plain
 * indexing: the permutation test's ridge refits run it tens of thousands of times, and every index is in
 * range by construction.
 *
 * @example solveSpd([[4, 2], [2, 3]], [[2], [1]]) // [[0.5], [0]]
 */
export function solveSpd(A: readonly (readonly number[])[], B: readonly (readonly number[])[]): number[][] {
  const n = A.length;
  if (B.length !== n) throw new RangeError(`${B.length} right-hand rows for a ${n} x ${n} matrix`);
  const L = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const Li = L[i] as Float64Array;
    const Ai = A[i] as readonly number[];
    for (let j = 0; j <= i; j++) {
      const Lj = L[j] as Float64Array;
      let s = Ai[j] as number;
      for (let k = 0; k < j; k++) s -= (Li[k] as number) * (Lj[k] as number);
      if (i === j) {
        if (!(s > 1e-12 * Math.max(1, Math.abs(Ai[i] as number)))) throw new RangeError("matrix is not positive definite");
        Li[i] = Math.sqrt(s);
      } else Li[j] = s / (Lj[j] as number);
    }
  }
  const m = (B[0] as readonly number[]).length;
  const X = Array.from({ length: n }, () => new Array<number>(m).fill(0));
  const z = new Float64Array(n);
  for (let c = 0; c < m; c++) {
    for (let i = 0; i < n; i++) {
      const Li = L[i] as Float64Array;
      let s = (B[i] as readonly number[])[c] as number;
      for (let k = 0; k < i; k++) s -= (Li[k] as number) * (z[k] as number);
      z[i] = s / (Li[i] as number);
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = z[i] as number;
      for (let k = i + 1; k < n; k++) s -= ((L[k] as Float64Array)[i] as number) * ((X[k] as number[])[c] as number);
      (X[i] as number[])[c] = s / ((L[i] as Float64Array)[i] as number);
    }
  }
  return X;
}
