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
