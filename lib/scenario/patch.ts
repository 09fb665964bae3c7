import { PARAMETERS } from "./parameters";
import { parseScenario, type Scenario, type ScenarioIssue, type ScenarioStrings } from "./scenario";
import type { ScenarioChoices } from "./choices";
import { serializeField, type ScenarioValues } from "./descriptors";
import { scenarioFieldValues } from "./url";
import { encodePilots } from "./pilots";

/** The values a URL holds and the scenario they resolve to: what the calculator keeps, so a change parses once. */
export type ScenarioState = { values: ScenarioValues; scenario: Scenario };

/** The strings of typed values (numbers written as a URL writes them; null and missing left out). */
export function scenarioStrings(values: ScenarioValues): ScenarioStrings {
  const strings: ScenarioStrings = {};
  for (const p of PARAMETERS) {
    const value = values[p.key];
    if (value !== null && value !== undefined) strings[p.key] = serializeField(value);
  }
  return strings;
}

/**
 * Applies a change to the values a URL holds and re-validates the whole scenario (a patch is outside
 * input too), once. Returns the resolved scenario, the values to hold and write (every parameter, defaults
 * as null) and any value the patch got wrong.
 *
 * @example applyPatch({ values: { tools: 8 }, scenario: parseScenario({ tools: "8" }, choices).scenario }, { architecture: "single", agents: null }, choices).values // { tools: 8, architecture: "single", agents: null, ... }
 */
export function applyPatch(current: ScenarioState, patch: ScenarioValues, choices: ScenarioChoices): ScenarioState & { issues: ScenarioIssue[] } {
  const merged = { ...current.values, ...patch };
  // Pilots ran with the model of the scenario they were entered in (a version 1 link names none): a
  // change of model writes each pilot's model out, so it stays theirs instead of following the new one.
  if (patch.model !== undefined && patch.pilots === undefined && typeof current.values.pilots === "string") {
    merged.pilots = encodePilots([...current.scenario.pilots, ...current.scenario.otherPilots]);
  }
  const { scenario, issues } = parseScenario(scenarioStrings(merged), choices);
  return { scenario, values: scenarioFieldValues(scenario, choices), issues };
}
