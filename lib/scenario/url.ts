import { PARAMETERS, type ParameterKey } from "./parameters";
import { NONE_VALUE, scenarioDefaults, type Scenario, type ScenarioStrings } from "./scenario";
import type { ScenarioChoices } from "./choices";
import { encodePilots } from "./pilots";

/** The query parameter carrying the data and model version a link was made with. */
export const VERSION_PARAM = "v";

/** A number as a URL writes it: at most 10 decimals, so slider arithmetic (0.35000000000000003) reads back exactly as "0.35". */
export function formatUrlNumber(value: number): string {
  return String(Number(value.toFixed(10)));
}

/** A scenario's value for a parameter as URL state holds it: the pilots encoded (null for none), every other value as is. */
export function scenarioValue(scenario: Scenario, key: ParameterKey): string | number | null {
  return key === "pilots" ? encodePilots([...scenario.pilots, ...scenario.otherPilots]) : scenario[key];
}

/**
 * The URL values of a scenario, by parameter key: the string each parameter writes, or null where the
 * value equals its default (defaults are left out of links). Derived defaults count: the model's own
 * capability index, the architecture's measured agent count, an estimated baseline. An optional number
 * left empty where its default is a number (a cleared cached-input price of a model that lists one)
 * writes NONE_VALUE.
 *
 * @example scenarioUrlValues({ ...defaults, tools: 8 }, choices) // { tools: "8", decomposability: null, ... }
 */
export function scenarioUrlValues(scenario: Scenario, choices: ScenarioChoices): Record<ParameterKey, string | null> {
  const defaults = scenarioDefaults(scenario.model, scenario.architecture, choices);
  const write = (key: ParameterKey): string | null => {
    const value = scenarioValue(scenario, key);
    const fallback = scenarioValue(defaults, key);
    if (value === null) return fallback === null ? null : NONE_VALUE;
    return value === fallback ? null : typeof value === "number" ? formatUrlNumber(value) : value;
  };
  return Object.fromEntries(PARAMETERS.map((p) => [p.key, write(p.key)])) as Record<ParameterKey, string | null>;
}

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
export function scenarioStringsFromSearch(search: Record<string, string | string[] | undefined>): { strings: ScenarioStrings; version: string | null; repeated: ParameterKey[] } {
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
