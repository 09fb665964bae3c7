import type { PaperFitName, Run } from "./schemas";

/** The runs of the paper's v2 (180) or v3 (260) regression. */
export function paperFitRuns(runs: readonly Run[], fit: PaperFitName): Run[] {
  return runs.filter((r) => (fit === "v2" ? r.in_v2 : r.in_v3));
}

/** Row sets the harness validates on: the paper's v2 (180) and v3 (260) runs, or all 270. */
export const ROW_SETS = ["v2", "v3", "all"] as const;
export type RowSet = (typeof ROW_SETS)[number];

/** The runs of a row set, in runs.csv order. */
export function rowSetRuns(runs: readonly Run[], rowSet: RowSet): Run[] {
  return rowSet === "all" ? [...runs] : paperFitRuns(runs, rowSet);
}
