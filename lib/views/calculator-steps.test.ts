import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataset } from "../data/load";
import { cachedModels } from "../model/serving/fit-models";
import { cachedReliability } from "../model/validation/track-record";
import { parseScenario, type ScenarioStrings } from "../scenario/scenario";
import { calculatorView, calculatorViewSteps } from "./calculator";
import { calculatorCatalog } from "./catalog";

const dataset = loadDataset();
const models = cachedModels(dataset);
const catalog = calculatorCatalog(dataset);
const reliability = cachedReliability(dataset);
const scenarioOf = (strings: ScenarioStrings) => parseScenario(strings, catalog.choices).scenario;

// The page runs a view's steps in slices, drops an unfinished one when a newer change comes and may start
// another scenario's meanwhile (components/calculator/sliced-figures.ts): the steps share the model's
// caches (each scenario's query, the decision's draws and shares), so the order must change nothing.
test("a view computed in steps, interleaved with another's or after one dropped half-way, is the view computed at once", () => {
  const strings: ScenarioStrings[] = [
    { tools: "12", decomposability: "0.8", valuePerSuccess: "2", maxCost: "0.5" },
    { tools: "3", decomposability: "0.1", pilots: "2_single.1.20.40_centralized.4.25.40", planConfidence: "0.9" },
    { fit: "paper-v3", tools: "6", architecture: "hybrid", agents: "7" },
  ];
  const alone = strings.map((s) => calculatorView(models, catalog, reliability, scenarioOf(s)));
  for (let dropAt = 0; dropAt < 12; dropAt += 3) {
    // Fresh scenario objects: nothing a scenario memoises carries over from the views above.
    const scenarios = strings.map(scenarioOf);
    const dropped = calculatorViewSteps(models, catalog, reliability, scenarios[0]!);
    for (let i = 0; i < dropAt; i++) dropped.next();
    const runs = scenarios.map((s) => calculatorViewSteps(models, catalog, reliability, s));
    const views: unknown[] = runs.map(() => undefined);
    let steps = 0;
    while (views.some((v) => v === undefined)) {
      runs.forEach((run, i) => {
        if (views[i] !== undefined) return;
        const step = run.next();
        steps++;
        if (step.done === true) views[i] = step.value;
      });
    }
    views.forEach((view, i) => assert.deepStrictEqual(view, alone[i], `scenario ${i}, the first dropped after ${dropAt} steps`));
    // Each view takes several steps: the grid an architecture at a time, the decision in four, the rest.
    assert.ok(steps >= 3 * 9, `${steps} steps`);
  }
});
