import { at } from "./checked";
/** Column means and population standard deviations (divide by N), as Eq. 1's standardization uses. */
export type Scaler = { means: number[]; sds: number[] };

/**
 * Fits a scaler to the columns of `rows` (N x k). A constant column gets sd 1 so that it standardizes
 * to zeros instead of dividing by zero (it then carries no information, as it should).
 *
 * @example fitScaler([[1], [3]]) // { means: [2], sds: [1] }
 */
export function fitScaler(rows: readonly (readonly number[])[]): Scaler {
  if (rows.length === 0) throw new RangeError("cannot standardize zero rows");
  const k = at(rows, 0).length;
  const n = rows.length;
  const means = Array.from({ length: k }, (_, j) => rows.reduce((sum, row) => sum + at(row, j), 0) / n);
  const sds = means.map((mean, j) => {
    const variance = rows.reduce((sum, row) => sum + (at(row, j) - mean) ** 2, 0) / n;
    return variance > 0 ? Math.sqrt(variance) : 1;
  });
  return { means, sds };
}

/** Standardizes one row with a fitted scaler: (x - mean) / sd per column. */
export function applyScaler(scaler: Scaler, row: readonly number[]): number[] {
  return row.map((x, j) => (x - at(scaler.means, j)) / at(scaler.sds, j));
}
