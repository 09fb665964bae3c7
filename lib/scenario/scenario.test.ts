import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset } from "../data/load";
import { PARAMETERS } from "./parameters";
import { parseScenario, pilotChoices, scenarioChoices } from "./scenario";

const choices = scenarioChoices(loadDataset());

describe("parseScenario", () => {
  test("fills every default: capability from the model, agents from the architecture", () => {
    const { scenario, issues } = parseScenario({}, choices);
    assert.deepEqual(issues, []);
    assert.deepEqual(scenario, {
      tools: 5, decomposability: 0.5, baseline: null, model: "gpt-5-mini", capability: 68, architecture: "none", agents: 1, fit: "architect", evidence: "all", like: "auto", pilots: [],
      inputTokensPerTurn: 3000, outputTokensPerTurn: 670, cacheHitRate: 0.5, sasTurns: 7.2, secondsPerTurn: 6,
      priceInput: 0.25, priceOutput: 2, priceCached: 0.025, maxCost: null, minSuccess: null, pilotBudget: null, tasksPerDay: null, frontier: "measured",
      planConfidence: 0.9, valuePerSuccess: null,
    });
  });

  test("pilots: a link's value decodes; a bad one is reported under pilots, naming the pilot and field, and the rest kept", () => {
    const good = parseScenario({ pilots: "1_single.1.12.30_centralized.4.15.30_paired", tools: "8" }, choices);
    assert.deepEqual(good.issues, []);
    assert.deepEqual(good.scenario.pilots, [
      { architecture: "single", agents: 1, tasks: 30, solved: 12, paired: true },
      { architecture: "centralized", agents: 4, tasks: 30, solved: 15, paired: true },
    ]);
    const bad = parseScenario({ pilots: "1_centralized.4.40.30", tools: "8" }, choices);
    assert.deepEqual(bad.issues, [{ key: "pilots", message: "pilot 1: solved expected an integer in [0, 30] (its tasks), got 40" }]);
    assert.deepEqual(bad.scenario.pilots, []);
    assert.equal(bad.scenario.tools, 8);
    assert.match(parseScenario({ pilots: "2_single.1.1.2" }, choices).issues[0]?.message ?? "", /expected version 1/);
    assert.match(parseScenario({ pilots: "1_single.3.1.2" }, choices).issues[0]?.message ?? "", /pilot 1: agents expected an integer in \[1, 1\] for single, got 3/);
    assert.match(parseScenario({ pilots: "1_single.1.1.2_single.1.2.4" }, choices).issues[0]?.message ?? "", /pilot 2: single with 1 agents is piloted twice/);
  });

  test("a single-agent pilot and a baseline both measure the single agent: the pilot is used, and that is reported", () => {
    const { scenario, issues } = parseScenario({ pilots: "1_single.1.12.30", baseline: "0.5" }, choices);
    assert.equal(scenario.baseline, null);
    assert.deepEqual(issues, [{ key: "baseline", message: "a single-agent pilot measures the baseline: the pilot is used" }]);
  });

  test("a model sets the capability and prices unless they are given", () => {
    assert.equal(parseScenario({ model: "gpt-5" }, choices).scenario.capability, 71);
    assert.equal(parseScenario({ model: "gpt-5", capability: "60" }, choices).scenario.capability, 60);
    const sonnet = parseScenario({ model: "claude-sonnet-4" }, choices).scenario;
    assert.deepEqual([sonnet.priceInput, sonnet.priceOutput, sonnet.priceCached], [3, 15, null]);
    assert.equal(parseScenario({ model: "claude-sonnet-4", priceCached: "0.3" }, choices).scenario.priceCached, 0.3);
  });

  test("a bad value falls back to its default and is reported, keeping the other fields", () => {
    const { scenario, issues } = parseScenario({ tools: "abc", agents: "1e309", architecture: "<script>", decomposability: "0.8" }, choices);
    assert.equal(scenario.tools, 5);
    assert.equal(scenario.architecture, "none");
    assert.equal(scenario.agents, 1);
    assert.equal(scenario.decomposability, 0.8);
    assert.deepEqual(issues.map((i) => i.key).sort(), ["agents", "architecture", "tools"]);
    assert.match(issues.find((i) => i.key === "tools")?.message ?? "", /expected an integer in \[0, 64\], got "abc"/);
  });

  test("a value longer than 64 characters is rejected whatever it parses to, its length named", () => {
    const { scenario, issues } = parseScenario({ baseline: `0.${"5".repeat(4000)}` }, choices);
    assert.equal(scenario.baseline, null);
    assert.match(issues[0]?.message ?? "", /expected at most 64 characters, got "0\.5{38}…" \(4002 characters\)/);
  });

  test("an agent count the architecture cannot have is reported and reset", () => {
    const { scenario, issues } = parseScenario({ architecture: "single", agents: "3" }, choices);
    assert.equal(scenario.agents, 1);
    assert.match(issues[0]?.message ?? "", /single takes exactly 1 agent, got 3/);
    assert.match(parseScenario({ architecture: "hybrid", agents: "2" }, choices).issues[0]?.message ?? "", /hybrid takes 3-16 agents/);
  });

  test("every parameter has a distinct URL key and CLI flag", () => {
    assert.equal(new Set(PARAMETERS.map((p) => p.urlKey)).size, PARAMETERS.length);
    assert.equal(new Set(PARAMETERS.map((p) => p.flag)).size, PARAMETERS.length);
  });
});

describe("pilot measures in a link", () => {
  test("a pilot's measured per-task means round-trip through the link and replace the design's modelled cost", async () => {
    const { encodePilots, decodePilots } = await import("./pilots");
    const measured = { turns: 27.7, tokensIn: 83100, tokensOut: 18600, seconds: 42, costUsd: 0.0485 };
    const encoded = encodePilots([{ architecture: "centralized", agents: 4, tasks: 30, solved: 20, paired: false, measured }]);
    assert.equal(encoded, "1_centralized.4.20.30.t277.i83100.o18600.s420.c48500");
    const decoded = decodePilots(encoded ?? "", pilotChoices(choices));
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.pilots[0]?.measured, measured);
    assert.match(parseScenario({ pilots: "1_centralized.4.20.30.x5" }, choices).issues[0]?.message ?? "", /pilot 1: a measure is a letter of tiosc and a whole number, each once, got "x5"/);
    assert.match(parseScenario({ pilots: "1_centralized.4.20.30.t5.t6" }, choices).issues[0]?.message ?? "", /each once, got "t6"/);
  });
});
