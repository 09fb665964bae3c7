import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset } from "../data/load";
import { PARAMETERS } from "./parameters";
import { parseScenario } from "./scenario";
import { pilotChoices, scenarioChoices } from "./choices";

const choices = scenarioChoices(loadDataset());

describe("parseScenario", () => {
  test("fills every default: capability from the model, agents from the architecture", () => {
    const { scenario, issues } = parseScenario({}, choices);
    assert.deepEqual(issues, []);
    assert.deepEqual(scenario, {
      tools: 5,
      decomposability: 0.5,
      baseline: null,
      model: "gpt-5-mini",
      capability: 68,
      architecture: "none",
      agents: 1,
      fit: "architect",
      evidence: "all",
      like: "auto",
      pilots: [],
      otherPilots: [],
      inputTokensPerTurn: 3000,
      outputTokensPerTurn: 670,
      cacheHitRate: 0.5,
      sasTurns: 7.2,
      secondsPerTurn: 6,
      priceInput: 0.25,
      priceOutput: 2,
      priceCached: 0.025,
      maxCost: null,
      minSuccess: null,
      pilotBudget: null,
      tasksPerDay: null,
      frontier: "measured",
      planConfidence: 0.9,
      valuePerSuccess: null,
    });
  });

  test("pilots: a link's value decodes; a bad one is reported under pilots, naming the pilot and field, and the rest kept", () => {
    const good = parseScenario({ pilots: "1_single.1.12.30_centralized.4.15.30_paired", tools: "8" }, choices);
    assert.deepEqual(good.issues, []);
    assert.deepEqual(
      good.scenario.pilots,
      [
        { architecture: "single", agents: 1, tasks: 30, solved: 12, paired: true, model: "gpt-5-mini" },
        { architecture: "centralized", agents: 4, tasks: 30, solved: 15, paired: true, model: "gpt-5-mini" },
      ],
      "a version 1 link's pilots ran with the link's model",
    );
    const bad = parseScenario({ pilots: "1_centralized.4.40.30", tools: "8" }, choices);
    assert.deepEqual(bad.issues, [{ key: "pilots", message: 'pilot 1: solved expected an integer in [0, 30] (its tasks), got "40"' }]);
    assert.deepEqual(bad.scenario.pilots, []);
    assert.equal(bad.scenario.tools, 8);
    assert.match(
      parseScenario({ pilots: "3_single.1.1.2" }, choices).issues[0]?.message ?? "",
      /expected version 2 \(a value starting "2_" or "2\*MODEL_"\) or 1/,
    );
    assert.match(
      parseScenario({ pilots: "1_single.3.1.2" }, choices).issues[0]?.message ?? "",
      /pilot 1: agents expected an integer in \[1, 1\] for single, got "3"/,
    );
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
    assert.equal(encoded, "2_centralized.4.20.30.t277.i83100.o18600.s420.c48500");
    const decoded = decodePilots(encoded ?? "", pilotChoices(choices));
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.pilots[0]?.measured, measured);
    assert.match(
      parseScenario({ pilots: "1_centralized.4.20.30.x5" }, choices).issues[0]?.message ?? "",
      /pilot 1: a measured mean is one of t \(turns\), i \(input tokens\), o \(output tokens\), s \(seconds\), c \(cost \(USD\)\), then a whole number, each at most once; got "x5"/,
    );
    assert.match(parseScenario({ pilots: "1_centralized.4.20.30.t5.t6" }, choices).issues[0]?.message ?? "", /each at most once; got "t6"/);
    assert.match(
      parseScenario({ pilots: "2_centralized.4.20.30.c20000000000" }, choices).issues[0]?.message ?? "",
      /pilot 1: cost \(USD\) per task expected at most 10,000, got 20,000/,
    );
  });
});

describe("pilots carry their model", () => {
  test("a version 2 link names each pilot's model; only the scenario's model's are fused, the others kept apart", () => {
    const value = "2*gpt-5-mini_single.1.12.30_centralized.4.17.30_centralized.4.9.30*gpt-5-nano_paired";
    const mini = parseScenario({ pilots: value }, choices).scenario;
    assert.deepEqual(
      mini.pilots.map((p) => [p.architecture, p.solved, p.model, p.paired]),
      [
        ["single", 12, "gpt-5-mini", true],
        ["centralized", 17, "gpt-5-mini", true],
      ],
    );
    assert.deepEqual(
      mini.otherPilots.map((p) => [p.architecture, p.solved, p.model]),
      [["centralized", 9, "gpt-5-nano"]],
    );
    const nano = parseScenario({ pilots: value, model: "gpt-5-nano" }, choices).scenario;
    assert.deepEqual(
      nano.pilots.map((p) => [p.architecture, p.solved, p.paired]),
      [["centralized", 9, false]],
      "one pilot alone pairs with nothing",
    );
    assert.equal(nano.otherPilots.length, 2);
  });

  test("switching the model keeps the pilots in the link, with their model; an old link's pilots keep the link's model", async () => {
    const { scenarioQuery } = await import("./url");
    const pinned = parseScenario({ pilots: "1_single.1.12.30", model: "gpt-5-mini" }, choices).scenario;
    const switched = { ...pinned, ...parseScenario({ pilots: "2*gpt-5-mini_single.1.12.30", model: "gpt-5-nano" }, choices).scenario };
    assert.deepEqual(switched.pilots, []);
    assert.match(scenarioQuery(switched, choices, "v"), /pilot=2\*gpt-5-mini_single\.1\.12\.30/);
  });

  test("a pilot of the same design may be kept once per model; a bad model is reported", () => {
    assert.deepEqual(parseScenario({ pilots: "2*gpt-5-mini_single.1.1.2_single.1.2.4*gpt-5-nano" }, choices).issues, []);
    assert.match(
      parseScenario({ pilots: "2*gpt-5-mini_single.1.1.2_single.1.2.4" }, choices).issues[0]?.message ?? "",
      /pilot 2: single with 1 agents \(gpt-5-mini\) is piloted twice/,
    );
    assert.match(parseScenario({ pilots: "2*GPT_single.1.1.2" }, choices).issues[0]?.message ?? "", /the pilots' model expected lower-case letters/);
  });

  test("a log's model names become catalog ids where the catalog has them", async () => {
    const { pilotModelId } = await import("./pilots");
    assert.equal(pilotModelId("openai/gpt-4o-mini", choices.models), "gpt-4o-mini", "not a model the calculator predicts for: its name without the provider");
    assert.equal(pilotModelId("openai/gpt-5-mini-2025-08-07", choices.models), "gpt-5-mini");
    assert.equal(pilotModelId("anthropic/claude-sonnet-4.5", choices.models), "claude-sonnet-4-5");
    assert.equal(pilotModelId("google/gemini-2.5-pro", choices.models), "gemini-2.5-pro");
    assert.equal(pilotModelId("ollama/Gemma3:27b", choices.models), "gemma3-27b");
  });
});
