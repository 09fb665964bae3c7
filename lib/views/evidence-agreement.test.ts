import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataset } from "../data/load";
import { cachedModels } from "../model/serving/fit-models";
import { cachedReliability } from "../model/validation/track-record";
import { parseScenario } from "../scenario/scenario";
import { calculatorView } from "./calculator";
import { calculatorCatalog } from "./catalog";
import { evidenceAgreement } from "./evidence-agreement";
import type { NearbyRun } from "./nearest-runs";

const catalog = {
  architectures: [{ architecture: "hybrid", label: "Hybrid", agents: 4 }],
  benchmarks: [{ benchmark: "b", label: "Bench", tools: 3, decomposability: 0.75 }],
  models: [],
};
const run = (successRate: number, singleRate: number): NearbyRun => ({
  benchmark: "b",
  model: "m",
  architecture: "hybrid",
  successRate,
  singleRate,
  distance: 0,
});
const task = { tools: 3, decomposability: 0.5, capability: 68, baseline: 0.4 };

test("a nearest run that points the other way is said, with how many of the nearest agree", () => {
  const a = evidenceAgreement(
    [run(0.24, 0.41), run(0.6, 0.5), run(0.5, 0.5)],
    { architecture: "hybrid", successRate: 0.49, singleRate: 0.4 },
    task,
    620,
    catalog,
  );
  assert.equal(a.disagrees, true);
  assert.equal(a.agreeing, 2);
  assert.equal(
    a.sentence,
    "The nearest measured run disagrees: on Bench with m, Hybrid scored 24% against the single agent's 41% (−17.0 points), where the prediction is +9.0 points. The model weighs it as one of the 620 runs it is fitted to, not as the answer: 2 of the 3 nearest runs agree with the prediction, and that run's task differs from yours (3 tools, decomposability 0.75, capability ?, single agent 41%; yours: 3 tools, decomposability 0.5, capability 68, single agent 40%).",
  );
});

test("when the disagreeing run matches the task on every input, the card says the gap is the benchmark's own and how to apply it", () => {
  const c = { ...catalog, models: [{ model: "m", label: "M", capability: 68, coverage: "all", price: null }] };
  const a = evidenceAgreement([run(0.24, 0.4)], { architecture: "hybrid", successRate: 0.49, singleRate: 0.4 }, { ...task, decomposability: 0.75 }, 620, c);
  assert.match(
    a.sentence ?? "",
    /that run matches your task on every input the model reads, so the gap is what those inputs do not capture: Bench's own effects and the run's sampling noise\. If your task is like Bench, choose it under "My task resembles" to apply its measured effects\.$/,
  );
});

test("a nearest run that agrees, or differs by under a point, says nothing", () => {
  assert.equal(evidenceAgreement([run(0.6, 0.5)], { architecture: "hybrid", successRate: 0.49, singleRate: 0.4 }, task, 620, catalog).sentence, null);
  assert.equal(evidenceAgreement([run(0.495, 0.5)], { architecture: "hybrid", successRate: 0.49, singleRate: 0.4 }, task, 620, catalog).disagrees, false);
});

test("the calculator's evidence follows the recommended design, not the design selector", () => {
  const dataset = loadDataset();
  const c = calculatorCatalog(dataset);
  const { scenario } = parseScenario({ tools: "3", baseline: "0.4", architecture: "centralized" }, c.choices);
  const view = calculatorView(cachedModels(dataset), c, cachedReliability(dataset), scenario);
  assert.notEqual(view.recommendation.design.architecture, "centralized");
  assert.equal(view.nearest.architecture, (view.recommendation.kind === "multi" ? view.recommendation.design : view.recommendation.contender).architecture);
  assert.ok(view.nearest.runs.every((r) => r.architecture === view.nearest.architecture));
  assert.equal(view.nearest.own?.architecture, "centralized");
  assert.ok(view.nearest.own?.runs.every((r) => r.architecture === "centralized"));
});
