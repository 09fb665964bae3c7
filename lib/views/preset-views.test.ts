import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataset } from "../data/load";
import { decomposabilityScore } from "../data/decomposability-rubric";
import { PRESETS, presetPatch } from "../scenario/presets";
import { parseScenario } from "../scenario/scenario";
import { scenarioChoices } from "../scenario/choices";
import { calculatorCatalog } from "./catalog";
import { nearestBenchmark } from "../model/predict/extrapolation";
import { presetViews } from "./preset-views";

const catalog = calculatorCatalog(loadDataset());

test("five or more archetypes, each with a justification, a rubric-scored d and a stored benchmark nearest it", () => {
  const views = presetViews(catalog);
  assert.ok(views.length >= 5);
  assert.deepEqual(views.map((v) => v.id).slice(0, 5), ["customer-support", "web-research", "coding", "data-analysis", "document-processing"]);
  for (const v of views) {
    assert.ok(v.why.length > 20, v.id);
    assert.ok(v.nearest !== null && catalog.evidenceBenchmarks.some((b) => b.benchmark === v.nearest?.benchmark), v.id);
    // Every value the preset sets is listed.
    const preset = PRESETS.find((p) => p.id === v.id);
    assert.ok(preset !== undefined);
    for (const value of [
      `${preset.tools} tools`,
      `decomposability ${v.decomposability}`,
      preset.cost.inputTokensPerTurn.toLocaleString("en-US"),
      `${preset.cost.outputTokensPerTurn.toLocaleString("en-US")} output tokens`,
      `${preset.cost.sasTurns} single-agent calls`,
    ]) {
      assert.ok(v.text.includes(value), `${v.id}: "${value}" in ${v.text}`);
    }
    assert.match(
      v.text,
      /(Nearest stored benchmark: .+ \(\d+ tools?, decomposability [\d.]+\)\.|so that benchmark's measured effects apply unless you choose "A new task" under "My task resembles"\.)$/,
    );
  }
  assert.equal(views.find((v) => v.id === "web-research")?.decomposability, 0.75);
  assert.match(views.find((v) => v.id === "web-research")?.text ?? "", /It matches a stored benchmark, BrowseComp-Plus, on every input/);
});

test("a preset's patch is a valid scenario: its tools, the rubric's d and its cost inputs", () => {
  const choices = scenarioChoices(loadDataset());
  for (const p of PRESETS) {
    const patch = presetPatch(p);
    const { scenario, issues } = parseScenario(Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, String(v)])), choices);
    assert.deepEqual(issues, [], p.id);
    assert.equal(scenario.tools, p.tools);
    assert.equal(scenario.decomposability, decomposabilityScore(p.rubric));
    assert.equal(scenario.sasTurns, p.cost.sasTurns);
  }
});

test("the nearest benchmark of a benchmark's own tools and d is that benchmark (or one identical to it)", () => {
  for (const b of catalog.evidenceBenchmarks) {
    const n = nearestBenchmark(catalog.evidenceBenchmarks, b)?.benchmark;
    assert.equal(n?.tools, b.tools);
    assert.equal(n?.decomposability, b.decomposability);
  }
});
