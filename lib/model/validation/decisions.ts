import type { Run } from "../../data/schemas";
import { at } from "../stats/checked";

/** Decision scores over the (benchmark, model) groups that have every architecture. */
export type DecisionScores = { groups: number; exactBest: number; singleVsMulti: number };

/**
 * Scores predictions against measurements per (benchmark, model) group with all `architectures`
 * (docs/model.md section 4): exact best architecture (argmax of predicted vs of measured; ties go to the
 * run that comes first in the row set, which is runs.csv order, as in docs/model.md's reference figures),
 * and single vs multi (recommend multi iff the best predicted multi-agent success exceeds the predicted
 * single-agent success; correct iff the same holds for the measured values).
 *
 * @example decisionScores(v3Runs, v3Runs.map((r) => r.success_rate), architectures) // { groups: 52, exactBest: 52, singleVsMulti: 52 } (the measured rates score every call right)
 */
export function decisionScores(runs: readonly Run[], predicted: readonly number[], architectures: readonly string[]): DecisionScores {
  const groups = new Map<string, number[]>();
  runs.forEach((run, i) => {
    const key = `${run.benchmark}/${run.model}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  let count = 0;
  let exactBest = 0;
  let singleVsMulti = 0;
  for (const members of groups.values()) {
    const present = new Set(members.map((i) => runs[i]?.architecture));
    if (!architectures.every((a) => present.has(a))) continue;
    count += 1;
    const argmax = (values: readonly number[]) => members.reduce((best, i) => (at(values, i) > at(values, best) ? i : best), at(members, 0));
    const measured = runs.map((r) => r.success_rate);
    if (argmax(predicted) === argmax(measured)) exactBest += 1;
    const multiWins = (values: readonly number[]) => {
      const single = members.find((i) => runs[i]?.architecture === "single");
      const bestMulti = Math.max(...members.filter((i) => runs[i]?.architecture !== "single").map((i) => at(values, i)));
      return single !== undefined && bestMulti > at(values, single);
    };
    if (multiWins(predicted) === multiWins(measured)) singleVsMulti += 1;
  }
  return { groups: count, exactBest, singleVsMulti };
}
