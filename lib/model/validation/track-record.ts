import type { Dataset } from "../../data/dataset";
import type { PaperFitName, Run } from "../../data/schemas";
import { computedOnce } from "../serving/disk-cache";
import { architectExamples } from "../architect/architect-examples";
import { fitBaselineModel } from "../baseline/baseline-fit";
import { predictBaseline } from "../baseline/baseline-predict";
import { fitPaperModel } from "../paper/paper-fit";
import { paperExamples } from "../paper/paper-examples";
import { predictPaperWithSd } from "../paper/model";
import { heldOutPredictions } from "./harness";
import { decisionScores, type DecisionScores } from "./decisions";
import { architectPredictor, pick, type FoldPredictor } from "./models";
import { paperFitRuns } from "../../data/row-sets";
import { at } from "../stats/checked";
import type { ReliabilityKey } from "../choose/fitted-models";

/**
 * How often a model's recommendations were right on benchmarks held out of its fit, beside the
 * constant rule "always multi-agent" on the same groups (the naive rule is "always a single agent":
 * groups minus that).
 */
export type Reliability = Record<ReliabilityKey, DecisionScores & { rows: PaperFitName; alwaysMulti: number; byBenchmark: Record<string, BenchmarkRecord> }>;

/**
 * The held-out record on one benchmark (it was left out of the fit, LOBO): its groups' single-vs-multi
 * calls (the model's, and "always multi-agent"'s), and the mean absolute error on its multi-agent runs of
 * the model and of the naive rule (multi-agent success = the group's measured single agent).
 */
export type BenchmarkRecord = { groups: number; singleVsMulti: number; alwaysMulti: number; multiRuns: number; mae: number; naiveMae: number };

/**
 * Eq. 1 as the calculator uses it: P is the pilot (the measured single-agent run) or, without one, the
 * baseline sub-model's estimate fitted on the training runs; the single agent's success is that P.
 */
function paperAsCalculator(pilot: boolean) {
  return (runs: readonly Run[], dataset: Dataset): FoldPredictor => {
    const paper = paperExamples(runs, dataset);
    const architect = architectExamples(runs, dataset);
    return (train, test) => {
      const model = fitPaperModel(pick(paper, train));
      const baselineModel = pilot ? null : fitBaselineModel(pick(architect, train).filter((e) => e.architecture === "single"));
      return test.map((i) => {
        const a = architect[i];
        const e = paper[i];
        if (a === undefined || e === undefined) throw new RangeError(`no run ${i}`);
        const P = baselineModel === null ? a.task.baseline : predictBaseline(baselineModel, a.task, a.benchmark).mean;
        if (a.architecture === "single") return { mean: P, sd: null };
        return { mean: predictPaperWithSd(model, { ...e.input, baseline: P }).mean, sd: null };
      });
    };
  };
}

/**
 * Leave-one-benchmark-out decision scores of every model the calculator offers, made the way the
 * calculator makes them (the single agent is the pilot, or the estimate without one), on the runs each
 * is fitted to (architect and paper v3: the 260 v3 runs; paper v2: the 180 v2 runs). These are the figures
 * the recommendation quotes as "how often such recommendations were right".
 */
export function decisionReliability(dataset: Dataset): Reliability {
  const architectures = dataset.architectures.map((a) => a.architecture);
  // One run set per row set, so that predictors sharing fits (architect with and without a pilot) find them.
  const runSets = { v2: paperFitRuns(dataset.runs, "v2"), v3: paperFitRuns(dataset.runs, "v3") };
  const score = (rows: PaperFitName, prepare: (runs: readonly Run[], dataset: Dataset) => FoldPredictor) => {
    const runs = runSets[rows];
    const held = heldOutPredictions(
      prepare(runs, dataset),
      runs.map((r) => r.benchmark),
      "lobo",
    );
    const alwaysMulti = decisionScores(
      runs,
      runs.map((r) => (r.architecture === "single" ? 0 : 1)),
      architectures,
    ).singleVsMulti;
    const predicted = held.map((h) => h.decisionMean ?? h.mean);
    const byBenchmark: Record<string, BenchmarkRecord> = {};
    for (const benchmark of new Set(runs.map((r) => r.benchmark))) {
      const members = runs.flatMap((r, i) => (r.benchmark === benchmark ? [i] : []));
      const sub = members.map((i) => at(runs, i));
      const calls = decisionScores(
        sub,
        members.map((i) => at(predicted, i)),
        architectures,
      );
      const always = decisionScores(
        sub,
        sub.map((r) => (r.architecture === "single" ? 0 : 1)),
        architectures,
      ).singleVsMulti;
      const singleOf = new Map(sub.filter((r) => r.architecture === "single").map((r) => [r.model, r.success_rate]));
      const multi = members.filter((i) => at(runs, i).architecture !== "single" && singleOf.has(at(runs, i).model));
      const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
      byBenchmark[benchmark] = {
        groups: calls.groups,
        singleVsMulti: calls.singleVsMulti,
        alwaysMulti: always,
        multiRuns: multi.length,
        mae: mean(multi.map((i) => Math.abs(at(runs, i).success_rate - at(held, i).mean))),
        naiveMae: mean(multi.map((i) => Math.abs(at(runs, i).success_rate - (singleOf.get(at(runs, i).model) ?? 0)))),
      };
    }
    return { ...decisionScores(runs, predicted, architectures), rows, alwaysMulti, byBenchmark };
  };
  return {
    "architect-pilot": score("v3", architectPredictor(true)),
    "architect-no-pilot": score("v3", architectPredictor(false)),
    "paper-v3-pilot": score("v3", paperAsCalculator(true)),
    "paper-v3-no-pilot": score("v3", paperAsCalculator(false)),
    "paper-v2-pilot": score("v2", paperAsCalculator(true)),
    "paper-v2-no-pilot": score("v2", paperAsCalculator(false)),
  };
}

/** decisionReliability, once per data version per process. */
export function cachedReliability(dataset: Dataset): Reliability {
  return computedOnce("reliability", dataset.version, () => decisionReliability(dataset));
}
