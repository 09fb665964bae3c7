import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataset } from "../data/load";
import { parseScenario } from "../scenario/scenario";
import { scenarioChoices } from "../scenario/choices";
import { calculatorCatalog } from "./catalog";
import { scenarioSummary } from "./scenario-summary";

const dataset = loadDataset();
const catalog = calculatorCatalog(dataset);
const summaryOf = (strings: Record<string, string>) => {
  const rows = scenarioSummary(parseScenario(strings, scenarioChoices(dataset)).scenario, catalog);
  return new Map(rows.map((r) => [r.label, r.value]));
};

test("the print summary words every input: labels from the parameters table, ids as their labels, shares as percentages, unset values as what they mean", () => {
  const summary = summaryOf({ tools: "12", cacheHitRate: "0.25", architecture: "hybrid", pilots: "1_single.1.12.30_centralized.4.15.30_paired" });
  assert.equal(summary.get("Tools"), "12 tools");
  assert.equal(summary.get("Cache hit rate"), "25.0%");
  assert.equal(summary.get("Your design"), "Hybrid");
  assert.equal(summaryOf({}).get("Your design"), "none", "no design of one's own");
  assert.equal(summary.get("Max cost per task"), "no limit");
  assert.equal(summary.get("Pilots"), "Single agent, 1 agent: 12 of 30 solved (same tasks); Centralized, 4 agents: 15 of 30 solved (same tasks)");
  assert.ok(!summary.has("Single-agent baseline"), "the legacy baseline is left out when unset");
  assert.equal(summary.get("Tasks per day"), "no volume");
  assert.equal(summary.get("Confidence target"), "90.0%");
  assert.equal(summary.get("Value of a solved task"), "not stated");
  assert.equal(summary.get("My task resembles"), "the stored benchmark it matches, if exactly one does");
  assert.equal(summary.size, 25);
});

test("the print summary lists pilots of another model apart, as not fused", () => {
  const summary = summaryOf({ model: "gpt-5-nano", pilots: "2*gpt-5-mini_single.1.12.30_centralized.4.9.30*gpt-5-nano" });
  assert.equal(summary.get("Pilots"), "Centralized, 4 agents: 9 of 30 solved; Single agent, 1 agent, GPT-5 mini: 12 of 30 solved (not fused)");
});
