import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { loadDataset } from "../data/load";
import { fuzzSettings } from "../fuzz-settings";
import { cachedModels } from "../model/serving/fit-models";
import { encodePilots } from "../scenario/pilots";
import { parseScenario, type ScenarioStrings } from "../scenario/scenario";
import { scenarioChoices } from "../scenario/choices";
import { scenarioPlan } from "./plan-view";
import { recommend, recommendCall } from "./recommendation";

const dataset = loadDataset();
const models = cachedModels(dataset);
const choices = scenarioChoices(dataset);
const measured = models.architect.measuredAgents;

/** Pilots of distinct designs at their measured counts (the single agent among them or not), each with its counts, sometimes on the same tasks. */
const pilotsArbitrary = fc
  .uniqueArray(fc.constantFrom(...Object.keys(measured)), { maxLength: 3 })
  .chain((architectures) =>
    fc.tuple(
      fc.tuple(
        ...architectures.map((architecture) =>
          fc
            .integer({ min: 1, max: 200 })
            .chain((tasks) => fc.record({ architecture: fc.constant(architecture), tasks: fc.constant(tasks), solved: fc.integer({ min: 0, max: tasks }) })),
        ),
      ),
      fc.boolean(),
    ),
  )
  .map(([pilots, paired]) => pilots.map((p) => ({ ...p, agents: measured[p.architecture] ?? 1, paired: paired && pilots.length > 1 })));

/** A scenario a user could reach: the task, the model, the fit, the confidence target, pilots, sometimes a value, a budget or a floor. */
const scenarioArbitrary = fc
  .record({
    tools: fc.integer({ min: 0, max: 40 }),
    decomposability: fc.integer({ min: 0, max: 20 }).map((k) => k / 20),
    model: fc.constantFrom(...choices.models),
    fit: fc.constantFrom("architect", "architect", "paper-v3"),
    like: fc.constantFrom("auto", "none"),
    confidence: fc.constantFrom(0.6, 0.8, 0.9, 0.95),
    pilots: pilotsArbitrary,
    value: fc.option(fc.constantFrom(0.01, 0.3, 2, 50), { nil: null }),
    maxCost: fc.option(fc.constantFrom(0.005, 0.02, 0.1), { freq: 4, nil: null }),
    minSuccess: fc.option(fc.constantFrom(0.3, 0.6), { freq: 4, nil: null }),
  })
  .map((s) => {
    const strings: ScenarioStrings = {
      tools: String(s.tools),
      decomposability: String(s.decomposability),
      model: s.model,
      fit: s.fit,
      like: s.like,
      planConfidence: String(s.confidence),
    };
    const pilots = encodePilots(s.pilots);
    if (pilots !== null) strings.pilots = pilots;
    if (s.value !== null) strings.valuePerSuccess = String(s.value);
    if (s.maxCost !== null) strings.maxCost = String(s.maxCost);
    if (s.minSuccess !== null) strings.minSuccess = String(s.minSuccess);
    const { scenario, issues } = parseScenario(strings, choices);
    assert.deepEqual(issues, [], JSON.stringify(strings));
    return scenario;
  });

test("fuzz: without a value, no multi-agent design is built below the confidence target unless a budget or floor overrides the call, and says so", () => {
  fc.assert(
    fc.property(scenarioArbitrary, (scenario) => {
      const r = recommend(models, scenario);
      assert.ok(r.chance >= 0 && r.chance <= 1, `chance ${r.chance}`);
      if (scenario.valuePerSuccess !== null) {
        // With a value, the rule's own call has the highest expected net value.
        const net = r.assessed.map((a) => (scenario.valuePerSuccess ?? 0) * a.design.successRate - a.design.cost.costUsd);
        assert.ok((r.assessed.find((a) => a.design === r.call)?.odds.expectedNetValueUsd ?? -Infinity) >= Math.max(...net) - 1e-12);
        return;
      }
      const callOdds = r.assessed.find((a) => a.design === r.call)?.odds;
      if (r.callKind === "multi")
        assert.ok((callOdds?.chanceBeatsSingle ?? 0) >= scenario.planConfidence, `the rule built ${r.call.architecture} at ${callOdds?.chanceBeatsSingle}`);
      if (r.kind === "multi" && r.chance < scenario.planConfidence) {
        assert.notEqual(r.constraint.callBreaks, null, `built ${r.design.architecture} at ${r.chance} with no constraint`);
        assert.match(r.constraint.note ?? "", /changed the choice/);
      }
    }),
    fuzzSettings(150),
  );
});

test("fuzz: one figure: the planner's chance now is the recommendation's, for either rule, with pilots", () => {
  fc.assert(
    fc.property(
      scenarioArbitrary.filter((s) => s.fit === "architect" && s.maxCost === null && s.minSuccess === null),
      (scenario) => {
        const r = recommend(models, scenario);
        const plan = scenarioPlan(models, scenario).plan;
        assert.equal(plan.now.call, r.design.architecture);
        assert.equal(plan.now.chance, r.chance);
        assert.equal(plan.rule, r.rule);
      },
    ),
    fuzzSettings(12),
  );
});

test("fuzz: the call alone (recommendCall: previews, the memo, MCP text) is recommend's, without the driver and break-even", () => {
  fc.assert(
    fc.property(scenarioArbitrary, (scenario) => {
      const labels = new Map([["centralized", "Centralized"]]);
      const { driver: _driver, reference: _reference, breakEvenBaseline: _breakEven, ...call } = recommend(models, scenario, labels);
      assert.deepEqual(recommendCall(models, scenario, labels), call);
    }),
    fuzzSettings(60),
  );
});
