import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { loadDataset } from "../data/load";
import { fuzzSettings } from "../fuzz-settings";
import type { Pilot } from "../model/predict/pilot-runs";
import { AUTO_BENCHMARK, NO_BENCHMARK, NO_DESIGN, parameter, PARAMETERS, type NumberParameter } from "./parameters";
import { MAX_PILOTS, pilotsByModel } from "./pilots";
import { parseScenario, scenarioDefaults, type Scenario } from "./scenario";
import { agentRange, scenarioChoices } from "./choices";
import { formatUrlNumber, scenarioQuery, scenarioStringsFromSearch } from "./url";

const choices = scenarioChoices(loadDataset());
const maxAgents = parameter("agents").max;

/** Number fields a scenario may hold as null (Scenario's type: "none" or "estimate"). */
const NULLABLE = new Set<string>(["baseline", "priceCached", "maxCost", "minSuccess", "pilotBudget", "valuePerSuccess"]);

/** A value of a number parameter as a link can carry it: within bounds, at most 10 decimals. */
function numberValue(p: NumberParameter, architecture: string): fc.Arbitrary<number> {
  if (p.key === "agents") {
    const [low, high] = agentRange(architecture, maxAgents);
    return fc.integer({ min: low, max: high });
  }
  if (p.integer) return fc.integer({ min: p.min, max: p.max });
  const grid = fc.integer({ min: Math.round(p.min / p.step), max: Math.round(p.max / p.step) }).map((k) => Number(formatUrlNumber(k * p.step)));
  const any = fc.double({ min: p.min, max: p.max, noNaN: true }).map((x) => Number(formatUrlNumber(x)));
  return fc.oneof(grid, any, fc.constantFrom(p.min, p.max));
}

/** Pilots a link can carry: distinct designs in their agent ranges, 1..100,000 tasks, measures on the link's grid. */
const pilotsArbitrary: fc.Arbitrary<Pilot[]> = fc
  .uniqueArray(
    fc.constantFrom(...choices.architectures).chain((architecture) => {
      const [low, high] = agentRange(architecture, maxAgents);
      return fc.record({ architecture: fc.constant(architecture), agents: fc.integer({ min: low, max: high }) });
    }),
    { maxLength: Math.min(4, MAX_PILOTS), selector: (d) => `${d.architecture}/${d.agents}` },
  )
  .chain((designs) =>
    fc.tuple(
      fc.tuple(
        ...designs.map((d) =>
          fc.integer({ min: 1, max: 100_000 }).chain((tasks) =>
            fc.record(
              {
                architecture: fc.constant(d.architecture),
                agents: fc.constant(d.agents),
                tasks: fc.constant(tasks),
                solved: fc.integer({ min: 0, max: tasks }),
                measured: fc.record({ turns: fc.integer({ min: 0, max: 1_000_000 }).map((k) => k / 10), costUsd: fc.integer({ min: 0, max: 10_000_000 }).map((k) => k / 1e6) }, { requiredKeys: [] }).map((m) => ({ ...m })),
              },
              { requiredKeys: ["architecture", "agents", "tasks", "solved"] },
            ),
          ),
        ),
      ),
      fc.boolean(),
    ),
  )
  // A pilot with no measures has no `measured` at all, as decoding gives it.
  .map(([pilots, paired]) =>
    pilots.map(({ measured, ...p }) => ({ ...p, ...(measured === undefined || Object.keys(measured).length === 0 ? {} : { measured }), paired: paired && pilots.length > 1 })),
  );

/** Any scenario the page or the CLI can hold, driven by the parameters table. */
const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({ model: fc.constantFrom(...choices.models), architecture: fc.constantFrom(NO_DESIGN, ...choices.architectures) })
  .chain(({ model, architecture }) => {
    const defaults = scenarioDefaults(model, architecture, choices);
    const fields: Record<string, fc.Arbitrary<unknown>> = { model: fc.constant(model), architecture: fc.constant(architecture) };
    for (const p of PARAMETERS) {
      if (p.kind === "number") {
        const value = numberValue(p, architecture);
        // A null cached price where the model lists one travels as p_cached=none.
        const nullable = NULLABLE.has(p.key);
        fields[p.key] = nullable ? fc.option(value, { nil: null }) : value;
      } else if (p.kind === "pilots") fields[p.key] = pilotsArbitrary;
      else if (p.key === "like") fields[p.key] = fc.constantFrom(AUTO_BENCHMARK, NO_BENCHMARK, ...choices.benchmarks);
      else if (p.choices !== null) fields[p.key] = fc.constantFrom(...p.choices);
    }
    // Each pilot ran with the scenario's model, another of the catalog's, or one the catalog lacks.
    fields.pilotModels = fc.array(fc.constantFrom(model, ...choices.models.filter((m) => m !== model).slice(0, 2), "gemma3-27b"), { minLength: 4, maxLength: 4 });
    return fc.record(fields).map(({ pilotModels, ...values }) => {
      const models = Array.isArray(pilotModels) ? pilotModels.map(String) : [];
      const withModels = (Array.isArray(values.pilots) ? (values.pilots as Pilot[]) : []).map((p, i) => ({ ...p, model: models[i] ?? model }));
      const { fused, other } = pilotsByModel(withModels, model);
      const scenario: Scenario = { ...defaults, ...values, pilots: fused, otherPilots: other };
      // A single-agent pilot measures the baseline: a valid scenario never holds both (parseScenario).
      return scenario.pilots.some((p) => p.architecture === "single") ? { ...scenario, baseline: null } : scenario;
    });
  });

test("fuzz: any valid scenario -> share link -> the same scenario, with no notice", () => {
  fc.assert(
    fc.property(scenarioArbitrary, (scenario) => {
      const query = scenarioQuery(scenario, choices, "abc.1");
      const { strings, version, repeated } = scenarioStringsFromSearch(Object.fromEntries(new URLSearchParams(query)));
      const { scenario: back, issues } = parseScenario(strings, choices);
      assert.deepEqual(issues, [], query);
      assert.deepEqual(back, scenario, query);
      assert.equal(version, "abc.1");
      assert.deepEqual(repeated, []);
    }),
    fuzzSettings(300),
  );
});
