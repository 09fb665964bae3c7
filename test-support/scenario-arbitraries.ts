import fc from "fast-check";
import type { Pilot } from "../lib/model/predict/pilot-runs";
import { AUTO_BENCHMARK, NO_BENCHMARK, NO_DESIGN, parameter, PARAMETERS, type NumberParameter, type Parameter } from "../lib/scenario/parameters";
import { agentRange, type ScenarioChoices } from "../lib/scenario/choices";
import { NONE_VALUE, scenarioDescriptors, type FieldValue } from "../lib/scenario/descriptors";
import { formatUrlNumber } from "../lib/scenario/fields";
import { encodePilots, MAX_PILOTS, pilotsByModel } from "../lib/scenario/pilots";
import { scenarioDefaults, type Scenario } from "../lib/scenario/scenario";

/*
 * fast-check arbitraries of what a link can carry, driven by the parameters table: a value of each
 * parameter, pilots, and whole scenarios. The round-trip properties of lib/scenario and
 * components/calculator share them.
 */

const maxAgents = parameter("agents").max;

/** A value of a number parameter as a link can carry it: within bounds, at most 10 decimals (agents within the architecture's range). */
export function numberValue(p: NumberParameter, architecture = "centralized"): fc.Arbitrary<number> {
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
export function pilotsArbitrary(choices: ScenarioChoices): fc.Arbitrary<Pilot[]> {
  return (
    fc
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
                    measured: fc
                      .record(
                        {
                          turns: fc.integer({ min: 0, max: 1_000_000 }).map((k) => k / 10),
                          costUsd: fc.integer({ min: 0, max: 10_000_000 }).map((k) => k / 1e6),
                        },
                        { requiredKeys: [] },
                      )
                      .map((m) => ({ ...m })),
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
        pilots.map(({ measured, ...p }) => ({
          ...p,
          ...(measured === undefined || Object.keys(measured).length === 0 ? {} : { measured }),
          paired: paired && pilots.length > 1,
        })),
      )
  );
}

/** Each pilot's model: the scenario's, another of the catalog's, or one the catalog lacks. */
const withModels = (pilots: Pilot[], models: readonly string[]) => pilots.map((p, i) => ({ ...p, model: models[i % models.length] ?? "gpt-5-mini" }));

/**
 * Any valid value of a parameter as its descriptor reads it: a number in bounds (NONE_VALUE too where
 * the row has an `unset` meaning), one of a choice's values, or pilots' encoded value.
 */
export function fieldValue(p: Parameter, choices: ScenarioChoices): fc.Arbitrary<FieldValue> {
  if (p.kind === "number") return p.unset === undefined ? numberValue(p) : fc.oneof(numberValue(p), fc.constant(NONE_VALUE));
  if (p.kind === "choice") return fc.constantFrom(...(scenarioDescriptors(choices)[p.key].values ?? []));
  const models = fc.array(fc.constantFrom(...choices.models.slice(0, 3), "gemma3-27b"), { minLength: 1, maxLength: 4 });
  return fc.tuple(pilotsArbitrary(choices), models).map(([pilots, m]) => encodePilots(withModels(pilots, m)) ?? "2_single.1.0.1");
}

/** Number fields a scenario may hold as null (the `nullable` rows). */
const NULLABLE = new Set<string>(PARAMETERS.filter((p) => p.kind === "number" && "nullable" in p).map((p) => p.key));

/** Any scenario the page or the CLI can hold, driven by the parameters table. */
export function scenarioArbitrary(choices: ScenarioChoices): fc.Arbitrary<Scenario> {
  return fc
    .record({ model: fc.constantFrom(...choices.models), architecture: fc.constantFrom(NO_DESIGN, ...choices.architectures) })
    .chain(({ model, architecture }) => {
      const defaults = scenarioDefaults(model, architecture, choices);
      const fields: Record<string, fc.Arbitrary<unknown>> = { model: fc.constant(model), architecture: fc.constant(architecture) };
      for (const p of PARAMETERS) {
        if (p.kind === "number") {
          const value = numberValue(p, architecture);
          // A null cached price where the model lists one travels as p_cached=none.
          fields[p.key] = NULLABLE.has(p.key) ? fc.option(value, { nil: null }) : value;
        } else if (p.kind === "pilots") fields[p.key] = pilotsArbitrary(choices);
        else if (p.key === "like") fields[p.key] = fc.constantFrom(AUTO_BENCHMARK, NO_BENCHMARK, ...choices.benchmarks);
        else if (p.choices !== null) fields[p.key] = fc.constantFrom(...p.choices);
      }
      fields.pilotModels = fc.array(fc.constantFrom(model, ...choices.models.filter((m) => m !== model).slice(0, 2), "gemma3-27b"), {
        minLength: 4,
        maxLength: 4,
      });
      return fc.record(fields).map(({ pilotModels, ...values }) => {
        const models = Array.isArray(pilotModels) ? pilotModels.map(String) : [];
        const pilots = withModels(Array.isArray(values.pilots) ? (values.pilots as Pilot[]) : [], models.length > 0 ? models : [model]);
        const { fused, other } = pilotsByModel(pilots, model);
        const scenario: Scenario = { ...defaults, ...values, pilots: fused, otherPilots: other };
        // A single-agent pilot measures the baseline: a valid scenario never holds both (resolveScenario).
        return scenario.pilots.some((p) => p.architecture === "single") ? { ...scenario, baseline: null } : scenario;
      });
    });
}
