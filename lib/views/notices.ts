import { parameter, type Parameter, type ParameterKey } from "../scenario/parameters";
import type { Scenario, ScenarioIssue } from "../scenario/scenario";

/**
 * What to tell a reader about the link they opened: each ignored value, with the value used instead,
 * each parameter given more than once, and a link made on other data or another model revision.
 *
 * @example linkNotices([{ key: "tools", message: 'expected an integer in [0, 64], got "abc"' }], defaults, null, "e1.1")
 * // ['Tools: expected an integer in [0, 64], got "abc". Showing 5 instead.']
 */
export function linkNotices(
  issues: readonly ScenarioIssue[],
  scenario: Scenario,
  linkVersion: string | null,
  currentVersion: string,
  repeated: readonly ParameterKey[] = [],
): string[] {
  const shown = (key: ParameterKey) => {
    // The pilots travel as one value: a bad one is dropped whole.
    if (key === "pilots") return scenario.pilots.length + scenario.otherPilots.length === 0 ? "no pilots" : "the pilots that were valid";
    const value = scenario[key];
    const p: Parameter = parameter(key);
    return value !== null ? String(value) : p.kind === "number" && p.unset !== undefined ? p.unset : "the default";
  };
  const messages = issues.map((i) => `${parameter(i.key).label}: ${i.message}. Showing ${shown(i.key)} instead.`);
  for (const key of repeated) {
    if (!issues.some((i) => i.key === key)) messages.push(`${parameter(key).label} appears more than once in the link; using the first, ${shown(key)}.`);
  }
  if (linkVersion !== null && linkVersion !== currentVersion) {
    messages.push(
      `This link was made with data and model version ${linkVersion.slice(0, 40)}; the figures here come from version ${currentVersion} and may differ from what its author saw.`,
    );
  }
  return messages;
}
