import { nearestBenchmark } from "../model/predict/extrapolation";
import type { BenchmarkRecord } from "../model/validation/track-record";
import type { CalculatorCatalog } from "./catalog";
import { pointsText } from "../format/words";

/** The held-out record on the benchmark most like the user's task, with the card's sentence. */
export type NearestRecord = { benchmark: string; label: string; record: BenchmarkRecord; worseThanNaive: boolean; sentence: string };

/**
 * The held-out benchmark most like the task: the one it names as resembling (`like`), else the nearest in
 * log(1 + tools) and decomposability (each divided by its spread over the benchmarks with a record), with
 * that benchmark's leave-one-benchmark-out record: how often the call was right there, and the model's
 * error against the naive rule's.
 */
export function nearestRecord(
  byBenchmark: Readonly<Record<string, BenchmarkRecord>>,
  catalog: Pick<CalculatorCatalog, "benchmarks">,
  task: { tools: number; decomposability: number; like: string | null },
): NearestRecord | null {
  const candidates = catalog.benchmarks.filter((b) => byBenchmark[b.benchmark] !== undefined && (byBenchmark[b.benchmark]?.groups ?? 0) > 0);
  if (candidates.length === 0) return null;
  const liked = candidates.find((b) => b.benchmark === task.like);
  const b = liked ?? nearestBenchmark(candidates, task)?.benchmark;
  const record = b === undefined ? undefined : byBenchmark[b.benchmark];
  if (b === undefined || record === undefined) return null;
  const bestConstant = Math.max(record.alwaysMulti, record.groups - record.alwaysMulti);
  const worseThanNaive = record.mae > record.naiveMae || record.singleVsMulti < bestConstant;
  const why =
    liked !== undefined
      ? "the benchmark you said your task resembles"
      : `the held-out benchmark most like your task: ${b.tools} tools, decomposability ${b.decomposability}`;
  const sentence =
    `For tasks like yours: on ${b.label} (${why}), held out of the fit, the call was right in ${record.singleVsMulti} of ${record.groups} cases (always multi-agent: ${record.alwaysMulti}, always a single agent: ${record.groups - record.alwaysMulti}); ` +
    `its error on the ${record.multiRuns} multi-agent runs was ${pointsText(100 * record.mae)} against ${pointsText(100 * record.naiveMae)} for the naive rule (multi-agent = the measured single agent).` +
    (worseThanNaive
      ? " Here the model did worse than a naive rule: weigh a pilot above this prediction."
      : record.singleVsMulti === bestConstant
        ? " Here its calls were no better than always choosing one kind: a pilot settles the call."
        : "");
  return { benchmark: b.benchmark, label: b.label, record, worseThanNaive, sentence };
}
