import { PARAMETERS, type ParameterKey } from "./parameters";
import { parseScenario, type Scenario, type ScenarioIssue, type ScenarioStrings } from "./scenario";
import type { ScenarioChoices } from "./choices";
import { serializeField, type FieldValue, type ScenarioValues } from "./descriptors";
import { scenarioFieldValues } from "./url";
import { encodePilots } from "./pilots";

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
 * input too). Returns the resolved scenario, the URL state to write (defaults left out as null) and
 * any value the patch got wrong.
 *
 * @example applyPatch({ tools: 8 }, { architecture: "single", agents: null }, choices).urlState // { tools: 8, architecture: "single", agents: null, ... }
 */
export function applyPatch(current: ScenarioValues, patch: ScenarioValues, choices: ScenarioChoices): { scenario: Scenario; urlState: Record<ParameterKey, FieldValue | null>; issues: ScenarioIssue[] } {
  const merged = { ...current, ...patch };
  // Pilots ran with the model of the scenario they were entered in (a version 1 link names none): a
  // change of model writes each pilot's model out, so it stays theirs instead of following the new one.
  if (patch.model !== undefined && patch.pilots === undefined && typeof current.pilots === "string") {
    const before = parseScenario(scenarioStrings(current), choices).scenario;
    merged.pilots = encodePilots([...before.pilots, ...before.otherPilots]);
  }
  const { scenario, issues } = parseScenario(scenarioStrings(merged), choices);
  return { scenario, urlState: scenarioFieldValues(scenario, choices), issues };
}
