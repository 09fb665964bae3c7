import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset } from "../data/load";
import { parseScenario } from "./scenario";
import { scenarioChoices } from "./choices";
import { formatUrlNumber } from "./fields";
import { scenarioQuery, scenarioStringsFromSearch } from "./url";

const choices = scenarioChoices(loadDataset());
const defaults = parseScenario({}, choices).scenario;

describe("share-link URLs", () => {
  test("leave every default out, derived defaults included (a model's own prices too)", () => {
    assert.equal(
      scenarioQuery({ ...defaults, model: "gpt-5", capability: 71, priceInput: 1.25, priceOutput: 10, priceCached: 0.125 }, choices, "abc.1"),
      "?model=gpt-5&v=abc.1",
    );
    assert.equal(scenarioQuery(defaults, choices, "abc.1"), "?v=abc.1");
    assert.equal(scenarioQuery({ ...defaults, architecture: "hybrid", agents: 4 }, choices, "abc.1"), "?arch=hybrid&v=abc.1");
  });

  test("a cleared cached-input price of a model that lists one travels as p_cached=none and reads back as none", () => {
    assert.notEqual(defaults.priceCached, null);
    const query = scenarioQuery({ ...defaults, priceCached: null }, choices, "abc.1");
    assert.equal(query, "?p_cached=none&v=abc.1");
    const back = parseScenario(scenarioStringsFromSearch(Object.fromEntries(new URLSearchParams(query))).strings, choices);
    assert.deepEqual([back.scenario.priceCached, back.issues], [null, []]);
    // "none" is a value only for optional numbers: tools=none is still an error naming the field.
    assert.equal(parseScenario({ tools: "none" }, choices).issues[0]?.key, "tools");
  });

  test("round-trip every field exactly, slider arithmetic included", () => {
    const scenario = {
      ...defaults,
      tools: 12,
      decomposability: 0.1 + 0.2 + 0.05,
      baseline: 0.37,
      model: "claude-sonnet-4-5",
      capability: 60,
      architecture: "decentralized",
      agents: 7,
      fit: "paper-v2" as const,
      inputTokensPerTurn: 5000,
      outputTokensPerTurn: 900,
      cacheHitRate: 0.8,
      sasTurns: 12.5,
      secondsPerTurn: 9,
      priceInput: 2.5,
      priceOutput: 12,
      priceCached: 0.3,
      maxCost: 0.75,
      minSuccess: 0.4,
    };
    const query = scenarioQuery(scenario, choices, "abc.1");
    assert.equal(
      query,
      "?tools=12&decomp=0.35&baseline=0.37&model=claude-sonnet-4-5&cap=60&arch=decentralized&agents=7&fit=paper-v2&in_tok=5000&out_tok=900&cache=0.8&turns=12.5&sec=9&p_in=2.5&p_out=12&p_cached=0.3&max_cost=0.75&min_success=0.4&v=abc.1",
    );
    const search = Object.fromEntries(new URLSearchParams(query));
    const { strings, version } = scenarioStringsFromSearch(search);
    assert.equal(version, "abc.1");
    assert.deepEqual(parseScenario(strings, choices).scenario, { ...scenario, decomposability: 0.35 });
  });

  test("repeated keys read their first value, as URLSearchParams.get does", () => {
    assert.equal(scenarioStringsFromSearch({ tools: ["3", "9"] }).strings.tools, "3");
  });

  test("numbers are written with at most 10 decimals", () => {
    assert.equal(formatUrlNumber(0.35000000000000003), "0.35");
    assert.equal(formatUrlNumber(16), "16");
  });
});
