import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset } from "../data/load";
import { applyPatch, scenarioStrings, type ScenarioState } from "./patch";
import { parseScenario, scenarioParseCount } from "./scenario";
import { scenarioChoices } from "./choices";
import type { ScenarioValues } from "./descriptors";
import { scenarioUrlValues } from "./url";

const choices = scenarioChoices(loadDataset());
/** A state as the calculator holds it: values and the scenario they resolve to. */
const state = (values: ScenarioValues): ScenarioState => ({ values, scenario: parseScenario(scenarioStrings(values), choices).scenario });

/** How many scenarios `run` parses. */
function parses(run: () => void): number {
  const before = scenarioParseCount();
  run();
  return scenarioParseCount() - before;
}

describe("applyPatch", () => {
  test("re-validates, resolves derived defaults and writes null for defaults", () => {
    const { scenario, values } = applyPatch(state({ tools: 8 }), { architecture: "single", agents: null }, choices);
    assert.equal(scenario.agents, 1);
    assert.equal(values.tools, 8);
    assert.equal(values.architecture, "single");
    assert.equal(values.agents, null);
    assert.equal(values.decomposability, null);
  });

  test("a bad patch value is reported and falls back, never stored", () => {
    const { scenario, values, issues } = applyPatch(state({}), { tools: 500 }, choices);
    assert.equal(scenario.tools, 5);
    assert.equal(values.tools, null);
    assert.equal(issues[0]?.key, "tools");
  });

  test("agrees with scenarioUrlValues on what is a default", () => {
    const { scenario, values } = applyPatch(state({}), { model: "gpt-5", capability: 71, baseline: 0.5 }, choices);
    assert.equal(values.capability, null);
    assert.equal(scenarioUrlValues(scenario, choices).capability, null);
    assert.equal(values.baseline, 0.5);
  });

  test("keeps a link's cleared cached-input price cleared: the values hold none, not the default", () => {
    const { scenario, values } = applyPatch(state({ model: "gpt-5", priceCached: "none" }), { tools: 9 }, choices);
    assert.equal(scenario.priceCached, null);
    assert.equal(values.priceCached, "none");
  });

  test("the values it returns resolve to the scenario it returns", () => {
    const next = applyPatch(state({ tools: 8, pilots: "1_single.1.17.30" }), { model: "gpt-5", agents: 3, architecture: "hybrid" }, choices);
    assert.deepEqual(parseScenario(scenarioStrings(next.values), choices), { scenario: next.scenario, issues: [] });
  });

  test("parses once per change, a change of model with pilots included (which parsed twice)", () => {
    const current = state({ tools: 8, pilots: "1_single.1.17.30" });
    assert.equal(
      parses(() => applyPatch(current, { tools: 9 }, choices)),
      1,
    );
    assert.equal(
      parses(() => applyPatch(current, { model: "gpt-5-nano", capability: null }, choices)),
      1,
    );
  });
});

describe("a change of model on the page", () => {
  test("writes an old link's pilots out with the model they ran with, so they stop being fused instead of following the new model", () => {
    const next = applyPatch(state({ pilots: "1_single.1.17.30" }), { model: "gpt-5-nano" }, choices);
    assert.deepEqual(next.scenario.pilots, []);
    assert.deepEqual(
      next.scenario.otherPilots.map((p) => p.model),
      ["gpt-5-mini"],
    );
    assert.equal(next.values.pilots, "2*gpt-5-mini_single.1.17.30");
  });
});
