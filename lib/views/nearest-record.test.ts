import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataset } from "../data/load";
import { cachedReliability } from "../model/validation/track-record";
import { calculatorCatalog } from "./catalog";
import { nearestRecord } from "./nearest-record";

const record = (over: Partial<{ groups: number; singleVsMulti: number; alwaysMulti: number; multiRuns: number; mae: number; naiveMae: number }>) => ({
  groups: 9,
  singleVsMulti: 7,
  alwaysMulti: 5,
  multiRuns: 36,
  mae: 0.1,
  naiveMae: 0.2,
  ...over,
});
const catalog = {
  benchmarks: [
    { benchmark: "a", label: "A", tools: 3, decomposability: 0.75 },
    { benchmark: "b", label: "B", tools: 16, decomposability: 0.25 },
  ],
};

test("picks the benchmark nearest the task, or the one it resembles, and says when the model did worse than the naive rule there", () => {
  const byBenchmark = { a: record({ mae: 0.144, naiveMae: 0.079 }), b: record({}) };
  const near = nearestRecord(byBenchmark, catalog, { tools: 3, decomposability: 0.5, like: null });
  assert.equal(near?.benchmark, "a");
  assert.equal(near?.worseThanNaive, true);
  assert.equal(
    near?.sentence,
    "For tasks like yours: on A (the held-out benchmark most like your task: 3 tools, decomposability 0.75), held out of the fit, the call was right in 7 of 9 cases (always multi-agent: 5, always a single agent: 4); its error on the 36 multi-agent runs was 14.4 points against 7.9 points for the naive rule (multi-agent = the measured single agent). Here the model did worse than a naive rule: weigh a pilot above this prediction.",
  );
  const liked = nearestRecord(byBenchmark, catalog, { tools: 3, decomposability: 0.5, like: "b" });
  assert.equal(liked?.benchmark, "b");
  assert.equal(liked?.worseThanNaive, false);
  assert.match(liked?.sentence ?? "", /the benchmark you said your task resembles/);
});

test("the per-benchmark records add up to the overall held-out record", () => {
  const dataset = loadDataset();
  const reliability = cachedReliability(dataset);
  for (const key of ["architect-pilot", "architect-no-pilot"] as const) {
    const r = reliability[key];
    const parts = Object.values(r.byBenchmark);
    assert.equal(
      parts.reduce((s, p) => s + p.groups, 0),
      r.groups,
      key,
    );
    assert.equal(
      parts.reduce((s, p) => s + p.singleVsMulti, 0),
      r.singleVsMulti,
      key,
    );
    assert.equal(
      parts.reduce((s, p) => s + p.alwaysMulti, 0),
      r.alwaysMulti,
      key,
    );
  }
  assert.ok(nearestRecord(reliability["architect-pilot"].byBenchmark, calculatorCatalog(dataset), { tools: 3, decomposability: 0.5, like: null }) !== null);
});
