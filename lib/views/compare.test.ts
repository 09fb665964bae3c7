import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataset } from "../data/load";
import { cachedModels } from "../model/serving/fit-models";
import { cachedReliability } from "../model/validation/track-record";
import { parseScenario } from "../scenario/scenario";
import { calculatorView } from "./calculator";
import { calculatorCatalog } from "./catalog";
import { compareRows, pinnedValue, readPinned } from "./compare";

const dataset = loadDataset();
const models = cachedModels(dataset);
const catalog = calculatorCatalog(dataset);
const reliability = cachedReliability(dataset);
const side = (strings: Record<string, string>) => {
  const scenario = parseScenario(strings, catalog.choices).scenario;
  return { scenario, view: calculatorView(models, catalog, reliability, scenario) };
};

test("a pinned scenario round-trips through its compare value exactly", () => {
  const a = side({ tools: "7", decomposability: "0.6", tasksPerDay: "1000", maxCost: "0.05" });
  const value = pinnedValue(a.scenario, catalog.choices);
  assert.equal(value, "tools=7&decomp=0.6&max_cost=0.05&tasks_day=1000");
  assert.deepEqual(readPinned(value, catalog.choices), { scenario: a.scenario, notices: [] });
  assert.equal(pinnedValue(side({}).scenario, catalog.choices), "defaults");
  assert.deepEqual(readPinned("defaults", catalog.choices).scenario, side({}).scenario);
});

test("a bad pinned value is reported under its label and the rest kept", () => {
  const { scenario, notices } = readPinned("tools=abc&decomp=0.6", catalog.choices);
  assert.equal(scenario.decomposability, 0.6);
  assert.equal(scenario.tools, 5);
  assert.deepEqual(notices, ['Pinned scenario A, Tools: expected an integer in [0, 64], got "abc"; its default is used.']);
});

test("A beside B: the changed inputs, then the recommendation, success and cost with B minus A", () => {
  // A solved task worth $100: the value rule builds a multi-agent design, which a $0.02 budget rules out.
  const rows = compareRows(side({ tools: "12", valuePerSuccess: "100", maxCost: "0.02" }), side({ tools: "12", valuePerSuccess: "100" }), catalog);
  assert.deepEqual(
    rows.map((r) => r.label),
    ["Max cost per task", "Recommendation", "Predicted success", "Cost per task"],
  );
  assert.deepEqual(rows[0], { label: "Max cost per task", a: "0.02", b: "—", difference: "changed" });
  assert.equal(rows[1]?.difference, "changed");
  assert.match(rows[2]?.difference ?? "", /^\+[\d.]+ points$/);
  const same = compareRows(side({ tools: "3" }), side({ tools: "3" }), catalog);
  assert.deepEqual(
    same.map((r) => r.difference),
    ["same", "same", "same"],
  );
});
