import { parameter } from "../scenario/parameters";
import type { Scenario, ScenarioIssue } from "../scenario/scenario";

/**
 * What to tell a reader about the link they opened: each ignored value, with the value used instead,
 * and a link made on other data or another model revision.
 *
 * @example linkNotices([{ key: "tools", message: 'expected an integer in [1, 64], got "abc"' }], scenario, null, "e1.1")
 * // ['Tools: expected an integer in [1, 64], got "abc". Showing 5 instead.']
 */
export function linkNotices(issues: readonly ScenarioIssue[], scenario: Scenario, linkVersion: string | null, currentVersion: string): string[] {
  const messages = issues.map((i) => {
    const value = scenario[i.key];
    const shown = value === null ? "an estimate" : String(value);
    return `${parameter(i.key).label}: ${i.message}. Showing ${shown} instead.`;
  });
  if (linkVersion !== null && linkVersion !== currentVersion) {
    messages.push(
      `This link was made with data and model version ${linkVersion.slice(0, 40)}; the figures here come from version ${currentVersion} and may differ from what its author saw.`,
    );
  }
  return messages;
}
