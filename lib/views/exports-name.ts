import type { Scenario } from "../scenario/scenario";
import type { ScenarioChoices } from "../scenario/choices";
import { scenarioUrlValues } from "../scenario/url";
import { PARAMETERS } from "../scenario/parameters";

/** Every export's file name starts with this. */
export const EXPORT_PREFIX = "agent-design";

/** Longest stem before the extension; a longer one is cut and ends in a hash of the whole. */
const MAX_STEM = 90;

/** FNV-1a, 32 bits, in base 36: a short stable tag of a long name. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * The file name of an export, named after the scenario: its non-default link values as key and value
 * (pilots as their count), file-safe, then `suffix` and the extension. The defaults are "defaults".
 *
 * @example exportFileName({ tools: "8", decomposability: "0.6" }, "csv") // "agent-design_tools-8_decomp-0.6.csv"
 */
export function exportFileName(values: Partial<Record<(typeof PARAMETERS)[number]["key"], string | null>>, extension: string, suffix = ""): string {
  const parts = PARAMETERS.flatMap((p) => {
    const value = values[p.key];
    if (value === null || value === undefined) return [];
    const shown = p.key === "pilots" ? String(value.split("_").filter((x) => /^[a-z-]+\.\d/.test(x)).length) : value;
    return [`${p.urlKey.replace(/_/g, "-")}-${shown.toLowerCase().replace(/[^a-z0-9.-]+/g, "-")}`];
  });
  const whole = [EXPORT_PREFIX, ...(parts.length === 0 ? ["defaults"] : parts)].join("_");
  const stem = whole.length <= MAX_STEM ? whole : `${whole.slice(0, MAX_STEM - 9)}_${shortHash(whole)}`;
  return `${stem}${suffix === "" ? "" : `_${suffix}`}.${extension}`;
}

/** The export file name of a scenario (its link values against its defaults). */
export function scenarioFileName(scenario: Scenario, choices: ScenarioChoices, extension: string, suffix = ""): string {
  return exportFileName(scenarioUrlValues(scenario, choices), extension, suffix);
}
