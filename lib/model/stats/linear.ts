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
 * The lower Cholesky factor of A + diag(shift) (shift optional), as one flat n x n array (row i at i * n):
 * a typed array per row cost more to allocate than the factorization itself at the permutation test's
 * sizes. A pivot not above `tolerance` times its diagonal (at least 1) throws a RangeError, or, when
 * `semidefinite`, gives a zero column: the near-singular covariances a posterior can have.
 */
function choleskyFlat(A: readonly (readonly number[])[], shift: readonly number[] | undefined, semidefinite = false): Float64Array {
  const n = A.length;
  const tolerance = semidefinite ? 1e-14 : 1e-12;
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const Ai = A[i] as readonly number[];
    const li = i * n;
    const diagonal = shift === undefined ? (Ai[i] as number) : (Ai[i] as number) + (shift[i] as number);
    for (let j = 0; j <= i; j++) {
      const lj = j * n;
      let s = i === j ? diagonal : (Ai[j] as number);
      for (let k = 0; k < j; k++) s -= (L[li + k] as number) * (L[lj + k] as number);
      if (i === j) {
        const positive = s > tolerance * Math.max(1, Math.abs(diagonal));
        if (!positive && !semidefinite) throw new RangeError("matrix is not positive definite");
        L[li + i] = positive ? Math.sqrt(s) : 0;
      } else {
        const pivot = L[lj + j] as number;
        L[li + j] = pivot > 0 ? s / pivot : 0;
      }
    }
  }
  return L;
}

/**
 * The lower Cholesky factor L of a covariance (LL' = cov) as rows, tolerant of the near-singular
 * covariances a posterior can have: a pivot at or below zero (relative to its diagonal) gives a zero
 * column. The factor joint-normal draws are made with (decide/).
 *
 * @example choleskyFactor([[4, 2], [2, 2]]) // [[2, 0], [1, 1]]
 */
export function choleskyFactor(cov: readonly (readonly number[])[]): number[][] {
  const n = cov.length;
  const L = choleskyFlat(cov, undefined, true);
  return Array.from({ length: n }, (_, i) => Array.from(L.subarray(i * n, i * n + n)));
}

/** Solves L L' x = b in place of `x` (forward, then back substitution), with `z` as scratch. */
function substitute(L: Float64Array, n: number, b: (i: number) => number, z: Float64Array, x: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const li = i * n;
    let s = b(i);
    for (let k = 0; k < i; k++) s -= (L[li + k] as number) * (z[k] as number);
    z[i] = s / (L[li + i] as number);
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i] as number;
    for (let k = i + 1; k < n; k++) s -= (L[k * n + i] as number) * (x[k] as number);
    x[i] = s / (L[i * n + i] as number);
  }
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
  const L = choleskyFlat(A, undefined);
  const m = (B[0] as readonly number[]).length;
  const X = Array.from({ length: n }, () => new Array<number>(m).fill(0));
  const z = new Float64Array(n);
  const x = new Float64Array(n);
  for (let c = 0; c < m; c++) {
    substitute(L, n, (i) => (B[i] as readonly number[])[c] as number, z, x);
    for (let i = 0; i < n; i++) (X[i] as number[])[c] = x[i] as number;
  }
  return X;
}

/**
 * Solves (A + diag(shift)) x = b for one right-hand side, as solveSpd does, without building the
 * shifted matrix: a ridge fit from its Gram statistics (ridge.ts), the permutation test's inner loop.
 *
 * @example solveSpdShifted([[3, 2], [2, 2]], [1, 1], [2, 1]) // [0.5, 0]
 */
export function solveSpdShifted(A: readonly (readonly number[])[], shift: readonly number[], b: readonly number[]): number[] {
  const n = A.length;
  if (b.length !== n || shift.length !== n) throw new RangeError(`${b.length} right-hand values and ${shift.length} shifts for a ${n} x ${n} matrix`);
  const L = choleskyFlat(A, shift);
  const x = new Float64Array(n);
  substitute(L, n, (i) => b[i] as number, new Float64Array(n), x);
  return Array.from(x);
}
