import { PARAMETERS, type ParameterKey } from "./parameters";
import { scenarioDefaults, type Scenario, type ScenarioStrings } from "./scenario";
import type { ScenarioChoices } from "./choices";
import { NONE_VALUE, serializeField, type FieldValue } from "./descriptors";
import { encodePilots } from "./pilots";

/** The query parameter carrying the data and model version a link was made with. */
export const VERSION_PARAM = "v";

/** A scenario's value for a parameter as a link holds it: the pilots encoded (null for none), every other value as is. */
function scenarioValue(scenario: Scenario, key: ParameterKey): FieldValue | null {
  return key === "pilots" ? encodePilots([...scenario.pilots, ...scenario.otherPilots]) : scenario[key];
}

/**
 * A scenario's values as a link holds them, by parameter key, before they are written: each value, or
 * null where it equals its default (defaults are left out of links). Derived defaults count: the model's
 * own capability index, the architecture's measured agent count, an estimated baseline. An optional
 * number left empty where its default is a number (a cleared cached-input price of a model that lists
 * one) is NONE_VALUE.
 *
 * @example scenarioFieldValues({ ...defaults, tools: 8, pilots: [{ architecture: "single", agents: 1, tasks: 30, solved: 12, paired: false, model: "gpt-5-mini" }] }, choices) // { tools: 8, decomposability: null, pilots: "2*gpt-5-mini_single.1.12.30", maxCost: null, ... }
 */
export function scenarioFieldValues(scenario: Scenario, choices: ScenarioChoices): Record<ParameterKey, FieldValue | null> {
  const defaults = scenarioDefaults(scenario.model, scenario.architecture, choices);
  const field = (key: ParameterKey): FieldValue | null => {
    const value = scenarioValue(scenario, key);
    const fallback = scenarioValue(defaults, key);
    if (value === null) return fallback === null ? null : NONE_VALUE;
    return value === fallback ? null : value;
  };
  // One entry per row of the table, so every key is there.
  return Object.fromEntries(PARAMETERS.map((p) => [p.key, field(p.key)])) as Record<ParameterKey, FieldValue | null>;
}

/**
 * The URL values of a scenario, by parameter key: the text each parameter writes (its descriptor's
 * serialize), or null where the value equals its default.
 *
 * @example scenarioUrlValues({ ...defaults, tools: 8 }, choices) // { tools: "8", decomposability: null, ... }
 */
export function scenarioUrlValues(scenario: Scenario, choices: ScenarioChoices): Record<ParameterKey, string | null> {
  const values = scenarioFieldValues(scenario, choices);
  // One entry per row of the table, so every key is there.
  return Object.fromEntries(PARAMETERS.map((p) => [p.key, serialized(values[p.key])])) as Record<ParameterKey, string | null>;
}

const serialized = (value: FieldValue | null) => (value === null ? null : serializeField(value));

/**
 * The query string of a share link: the scenario's non-default values under their URL keys, then the
 * version key, e.g. "?tools=8&decomp=0.6&v=e1813ac7a384.1".
 */
export function scenarioQuery(scenario: Scenario, choices: ScenarioChoices, versionKey: string): string {
  const search = new URLSearchParams();
  const values = scenarioUrlValues(scenario, choices);
  for (const p of PARAMETERS) {
    const value = values[p.key];
    if (value !== null) search.set(p.urlKey, value);
  }
  search.set(VERSION_PARAM, versionKey);
  return `?${search.toString()}`;
}

/** The first value of a query parameter that may repeat (?tools=3&tools=4 reads as "3", as URLSearchParams.get does). */
function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Reads a page's search parameters (URL keys, possibly repeated) into scenario strings and the version
 * key, listing the parameters given more than once (the first is used); unknown keys are ignored.
 */
export function scenarioStringsFromSearch(search: Record<string, string | string[] | undefined>): {
  strings: ScenarioStrings;
  version: string | null;
  repeated: ParameterKey[];
} {
  const strings: ScenarioStrings = {};
  const repeated: ParameterKey[] = [];
  for (const p of PARAMETERS) {
    const raw = search[p.urlKey];
    const value = first(raw);
    if (value !== undefined) strings[p.key] = value;
    if (Array.isArray(raw) && raw.length > 1) repeated.push(p.key);
  }
  return { strings, version: first(search[VERSION_PARAM]) ?? null, repeated };
}
